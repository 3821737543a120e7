package io.resuelve.tickets;

import java.time.Instant;
import java.util.Set;

/**
 * Filters for a ticket list; every one optional. Results are ordered newest ticket first and paged by keyset:
 * {@code after} is the last number of the previous page.
 */
public record TicketQuery(Set<TicketStatus> statuses, String requesterEmail, Long organisationId, Long assigneeId,
        Instant updatedSince, Long after, int limit) {

    public static final int MAX_LIMIT = 200;

    public TicketQuery {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        limit = limit <= 0 ? 50 : Math.min(limit, MAX_LIMIT);
    }

    public static TicketQuery all() {
        return new TicketQuery(Set.of(), null, null, null, null, null, 50);
    }
}
