package io.resuelve.kb;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A folder of a collection, usually one per product. */
@Entity
@Table(name = "kb_folders")
public class KbFolder {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "collection_id")
    private KbCollection collection;

    private String name;

    /** Catalogue product id, or {@code null} for a folder that is not about one product. */
    private Long productId;

    private int position;

    protected KbFolder() {
    }

    KbFolder(KbCollection collection, String name, Long productId, int position) {
        this.collection = collection;
        this.name = name;
        this.productId = productId;
        this.position = position;
    }

    public Long id() {
        return id;
    }

    public KbCollection collection() {
        return collection;
    }

    public String name() {
        return name;
    }

    public Long productId() {
        return productId;
    }

    public int position() {
        return position;
    }

    void change(KbCollection collection, String name, Long productId, int position) {
        this.collection = collection;
        this.name = name;
        this.productId = productId;
        this.position = position;
    }
}
