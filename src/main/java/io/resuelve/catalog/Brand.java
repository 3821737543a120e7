package io.resuelve.catalog;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "brands")
class Brand {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;

    /** An inactive entry is no longer offered for new tickets; tickets filed against it keep it. */
    private boolean active = true;

    protected Brand() {
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

    Brand(String name) {
        this.name = name;
    }

    BrandView view() {
        return new BrandView(id, name, active);
    }
}
