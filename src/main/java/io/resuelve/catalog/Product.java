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

    /** An inactive entry is no longer offered for new tickets; tickets filed against it keep it. */
    private boolean active = true;

    protected Product() {
    }

    String name() {
        return name;
    }

    boolean active() {
        return active;
    }

    void rename(String name) {
        this.name = name;
    }

    void activate(boolean active) {
        this.active = active;
    }

    Product(Long brandId, String name) {
        this.brandId = brandId;
        this.name = name;
    }

    ProductView view() {
        return new ProductView(id, brandId, name, active);
    }
}
