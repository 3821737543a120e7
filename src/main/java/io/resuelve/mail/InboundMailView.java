package io.resuelve.mail;

import java.time.Instant;

/**
 * An incoming mail as admins see it in the list of received and quarantined mail.
 *
 * @param senderTold whether its sender was told it was too large to take in
 */
public record InboundMailView(Long id, String source, InboundStatus status, String reason, String messageId,
        String sender, String subject, Long ticketNumber, long sizeBytes, Instant receivedAt, Instant processedAt,
        boolean senderTold) {
}
