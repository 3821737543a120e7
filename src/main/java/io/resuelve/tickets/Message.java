package io.resuelve.tickets;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A public reply or an internal note on a ticket. Created only by {@link Ticket#addMessage}. */
@Entity
@Table(name = "messages")
class Message {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long ticketId;

    private Long authorId;

    private boolean internal;

    private String bodyText;

    /** Sanitized HTML, only when the message arrived as HTML (mail); null otherwise. */
    private String bodyHtml;

    private Instant createdAt;

    /** The quoted part of a mail-borne message, shown collapsed and never mailed; null otherwise. */
    private String quotedText;

    protected Message() {
    }

    Message(Long ticketId, Long authorId, boolean internal, String bodyText, String bodyHtml, Instant createdAt) {
        this.ticketId = ticketId;
        this.authorId = authorId;
        this.internal = internal;
        this.bodyText = bodyText == null ? "" : bodyText;
        this.bodyHtml = bodyHtml;
        this.createdAt = createdAt;
    }

    /** Keeps the part of a mail this message quoted (cut to what the column takes). */
    Message quoting(String quoted) {
        this.quotedText = quoted == null || quoted.isBlank() ? null
                : quoted.length() > MAX_QUOTE ? quoted.substring(0, MAX_QUOTE) : quoted;
        return this;
    }

    static final int MAX_QUOTE = 1_000_000;

    Long id() {
        return id;
    }

    Long ticketId() {
        return ticketId;
    }

    Instant createdAt() {
        return createdAt;
    }

    boolean internal() {
        return internal;
    }

    MessageView view(java.util.List<AttachmentView> attachments) {
        return new MessageView(id, authorId, internal, bodyText, bodyHtml, createdAt, attachments, quotedText);
    }
}
