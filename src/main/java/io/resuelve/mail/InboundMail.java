package io.resuelve.mail;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One raw mail received, by its SHA-256 (the bytes are in blob storage), and what became of it. */
@Entity
@Table(name = "inbound_mails")
class InboundMail {

    private static final int MAX_REASON = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long mailboxId;
    private Long uidValidity;
    private Long uid;
    private String sha256;
    private long sizeBytes;
    private String source;
    @Enumerated(EnumType.STRING)
    private InboundStatus status;
    private String reason;
    private String messageId;
    private String sender;
    private String subject;
    private Long ticketNumber;
    private Instant receivedAt;
    private Instant processedAt;

    private boolean senderTold;

    protected InboundMail() {
    }

    InboundMail(InboundSource from, String sha256, long sizeBytes, Instant now) {
        this.mailboxId = from.mailboxId();
        this.uidValidity = from.uidValidity();
        this.uid = from.uid();
        this.source = from.channel();
        this.sha256 = sha256;
        this.sizeBytes = sizeBytes;
        this.receivedAt = now;
        // Replaced by done() in the same transaction; seen only if processing dies before that.
        this.status = InboundStatus.QUARANTINED;
        this.reason = "not processed";
    }

    /** The sender of an oversized mail was told it was not taken in. */
    void senderTold() {
        senderTold = true;
    }

    boolean wasSenderTold() {
        return senderTold;
    }

    void describe(String messageId, String sender, String subject) {
        this.messageId = cut(messageId, 998);
        this.sender = cut(sender, 320);
        this.subject = cut(subject, 1000);
    }

    void done(InboundStatus outcome, Long ticket, String why, Instant now) {
        status = outcome;
        ticketNumber = ticket;
        reason = cut(why, MAX_REASON);
        processedAt = now;
    }

    Long id() {
        return id;
    }

    String sha256() {
        return sha256;
    }

    InboundStatus status() {
        return status;
    }

    Long ticketNumber() {
        return ticketNumber;
    }

    Long mailboxId() {
        return mailboxId;
    }

    InboundMailView view() {
        return new InboundMailView(id, source, status, reason, messageId, sender, subject, ticketNumber, sizeBytes,
                receivedAt, processedAt, senderTold);
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
