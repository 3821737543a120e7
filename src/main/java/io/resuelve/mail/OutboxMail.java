package io.resuelve.mail;

import java.time.Instant;

import io.resuelve.shared.Language;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One mail of the outbox, rendered when queued. Only PENDING mails move: to SENT when the SMTP server accepts them,
 * or, after failures, back to PENDING with a later attempt or to DEAD.
 */
@Entity
@Table(name = "outbox_mails")
class OutboxMail {

    private static final int MAX_ERROR_LENGTH = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String recipientAddress;
    private String recipientName;
    private String subject;
    private String bodyText;
    private String bodyHtml;
    @Enumerated(EnumType.STRING)
    private Language language;
    private String templateName;
    @Enumerated(EnumType.STRING)
    private MailKind kind;
    private String messageId;
    private Long ticketNumber;
    @Enumerated(EnumType.STRING)
    private MailStatus status;
    private int attempts;
    private Instant nextAttemptAt;
    private String lastError;
    private Instant createdAt;
    private Instant sentAt;

    protected OutboxMail() {
    }

    OutboxMail(String recipientAddress, String recipientName, String subject, String bodyText, String bodyHtml,
            Language language, String templateName, MailKind kind, String messageId, Long ticketNumber, Instant now) {
        this.recipientAddress = recipientAddress;
        this.recipientName = MailHeaders.sanitize(recipientName);
        this.subject = MailHeaders.sanitize(subject);
        this.bodyText = bodyText;
        this.bodyHtml = bodyHtml;
        this.language = language;
        this.templateName = templateName;
        this.kind = kind;
        this.messageId = messageId;
        this.ticketNumber = ticketNumber;
        this.status = MailStatus.PENDING;
        this.nextAttemptAt = now;
        this.createdAt = now;
    }

    /** The SMTP server accepted it. */
    void sent(Instant now) {
        requirePending();
        attempts++;
        status = MailStatus.SENT;
        sentAt = now;
        nextAttemptAt = null;
    }

    /** An attempt failed: try again after the backoff, or give up when it allows no more attempts. */
    void failed(String error, Instant now, Backoff backoff) {
        requirePending();
        attempts++;
        lastError = truncate(error);
        backoff.delayAfter(attempts).ifPresentOrElse(wait -> nextAttemptAt = now.plus(wait), this::giveUp);
    }

    /** It can never be sent as it is (e.g. an invalid address): give up without retrying. */
    void undeliverable(String error) {
        requirePending();
        attempts++;
        lastError = truncate(error);
        giveUp();
    }

    boolean pending() {
        return status == MailStatus.PENDING;
    }

    /** Not to be sent at all; kept, with the reason, so admins can see what was held back. */
    void suppress(String reason) {
        requirePending();
        lastError = truncate(reason);
        status = MailStatus.SUPPRESSED;
        nextAttemptAt = null;
    }

    private void giveUp() {
        status = MailStatus.DEAD;
        nextAttemptAt = null;
    }

    private void requirePending() {
        if (status != MailStatus.PENDING) {
            throw new IllegalStateException("Mail " + id + " is " + status + ", not PENDING");
        }
    }

    private static String truncate(String error) {
        return error == null || error.length() <= MAX_ERROR_LENGTH ? error : error.substring(0, MAX_ERROR_LENGTH);
    }

    OutboxMailView view() {
        return new OutboxMailView(id, recipientAddress, subject, bodyText, bodyHtml, status, attempts, lastError,
                createdAt, sentAt);
    }

    Long id() {
        return id;
    }

    String recipientAddress() {
        return recipientAddress;
    }

    String recipientName() {
        return recipientName;
    }

    String subject() {
        return subject;
    }

    String bodyText() {
        return bodyText;
    }

    String bodyHtml() {
        return bodyHtml;
    }

    Language language() {
        return language;
    }

    MailKind kind() {
        return kind;
    }

    String messageId() {
        return messageId;
    }

    /** The ticket this mail is about, or {@code null}. */
    Long ticketNumber() {
        return ticketNumber;
    }

    int attempts() {
        return attempts;
    }
}
