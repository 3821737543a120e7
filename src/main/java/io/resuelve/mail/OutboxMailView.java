package io.resuelve.mail;

import java.time.Instant;

/** A mail of the outbox as admins see it: what was (or will be) sent, and how delivery is going. */
public record OutboxMailView(Long id, String to, String subject, String text, String html, MailStatus status,
        int attempts, String lastError, Instant createdAt, Instant sentAt) {
}
