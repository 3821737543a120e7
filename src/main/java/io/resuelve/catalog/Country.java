package io.resuelve.catalog;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "countries")
class Country {

    @Id
    private String code;

    private String name;

    /** An inactive entry is no longer offered for new tickets; tickets filed against it keep it. */
    private boolean active = true;

    protected Country() {
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

    Country(String code, String name) {
        this.code = code;
        this.name = name;
    }

    CountryView view() {
        return new CountryView(code, name, active);
    }
}
