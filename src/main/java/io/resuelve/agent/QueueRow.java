package io.resuelve.agent;

import java.time.Instant;

import io.resuelve.tickets.Priority;
import io.resuelve.tickets.TicketStatus;

/** One line of the agent queue, with names resolved and labels in the viewer's language. */
public record QueueRow(long number, String subject, String requesterName, String requesterEmail,
        String organisationName, TicketStatus status, String statusLabel, Priority priority, String priorityLabel,
        String groupName, String assigneeName, Instant createdAt, Instant lastActivityAt) {

    /** Bootstrap badge colours; the badge always carries its text too, colour is never the only sign. */
    public String statusBadge() {
        return switch (status) {
            case NEW -> "text-bg-warning";
            case OPEN -> "text-bg-danger";
            case PENDING_CUSTOMER -> "text-bg-primary";
            case ON_HOLD -> "text-bg-dark";
            case RESOLVED -> "text-bg-secondary";
            case CLOSED -> "text-bg-light border";
        };
    }

    public String priorityBadge() {
        return switch (priority) {
            case URGENT -> "text-bg-danger";
            case HIGH -> "text-bg-warning";
            case NORMAL -> "text-bg-light border";
            case LOW -> "text-bg-light border";
        };
    }
}
