package io.resuelve.kb;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The top level of the knowledge base, usually one per country. */
@Entity
@Table(name = "kb_collections")
public class KbCollection {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;

    /** Catalogue country code, or {@code null} for a collection that is not about one country. */
    private String countryCode;

    private int position;

    protected KbCollection() {
    }

    KbCollection(String name, String countryCode, int position) {
        this.name = name;
        this.countryCode = countryCode;
        this.position = position;
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String countryCode() {
        return countryCode;
    }

    public int position() {
        return position;
    }

    void change(String name, String countryCode, int position) {
        this.name = name;
        this.countryCode = countryCode;
        this.position = position;
    }
}
