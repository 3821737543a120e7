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

    protected Country() {
    }

    Country(String code, String name) {
        this.code = code;
        this.name = name;
    }

    CountryView view() {
        return new CountryView(code, name);
    }
}
