package io.resuelve.tickets;

import java.time.Instant;

import io.resuelve.storage.StoredBlob;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A file on a message. The bytes live in BlobStorage under their SHA-256; the type was sniffed from them. */
@Entity
@Table(name = "attachments")
class Attachment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long ticketId;

    private Long messageId;

    private String sha256;

    private String filename;

    private String contentType;

    private long sizeBytes;

    private Instant createdAt;

    private String contentId;

    protected Attachment() {
    }

    Attachment(Long ticketId, Long messageId, String filename, StoredBlob blob, Instant now) {
        this.ticketId = ticketId;
        this.messageId = messageId;
        this.filename = filename;
        this.sha256 = blob.sha256();
        this.contentType = blob.contentType();
        this.sizeBytes = blob.size();
        this.createdAt = now;
    }

    /** An image a mail shows inline, referred to by {@code cid:contentId} in its HTML. */
    Attachment inlineAs(String contentId) {
        this.contentId = contentId == null || contentId.isBlank() || contentId.length() > 250 ? null : contentId;
        return this;
    }

    Long ticketId() {
        return ticketId;
    }

    Long messageId() {
        return messageId;
    }

    String sha256() {
        return sha256;
    }

    AttachmentView view() {
        return new AttachmentView(id, filename, contentType, sizeBytes, createdAt, contentId);
    }
}
