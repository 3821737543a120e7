package io.resuelve.portal;

import java.time.Instant;

import io.resuelve.tickets.TicketStatus;

/** One line of a customer's ticket list, with everything already in the viewer's language. */
public record TicketRow(long number, String subject, Instant createdAt, Instant lastActivityAt, TicketStatus status,
        String statusLabel, String channelLabel, String requesterName, String requesterEmail, String priorityLabel) {
}
