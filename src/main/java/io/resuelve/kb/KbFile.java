package io.resuelve.kb;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An image or file uploaded for an article; whoever may read the article may fetch it. */
@Entity
@Table(name = "kb_files")
class KbFile {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long articleId;

    private String filename;

    private String contentType;

    private long size;

    private String sha256;

    private Long uploadedBy;

    private Instant uploadedAt;

    protected KbFile() {
    }

    KbFile(Long articleId, String filename, String contentType, long size, String sha256, Long uploadedBy,
            Instant now) {
        this.articleId = articleId;
        this.filename = filename;
        this.contentType = contentType;
        this.size = size;
        this.sha256 = sha256;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = now;
    }

    Long articleId() {
        return articleId;
    }

    String sha256() {
        return sha256;
    }

    KbFileView view() {
        return new KbFileView(id, articleId, filename, contentType, size, uploadedAt);
    }
}
