package io.resuelve.catalog;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "products")
class Product {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long brandId;

    private String name;

    protected Product() {
    }

    Product(Long brandId, String name) {
        this.brandId = brandId;
        this.name = name;
    }

    ProductView view() {
        return new ProductView(id, brandId, name);
    }
}
