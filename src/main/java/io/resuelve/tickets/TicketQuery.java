package io.resuelve.tickets;

import java.time.Instant;
import java.util.Set;

/**
 * Filters for a ticket list; every one optional. Results are paged by keyset: {@code cursor} is the {@code next}
 * of the previous page.
 *
 * @param groupId      the agent group the ticket is assigned to (an agent's queue)
 * @param text         words in the subject or description, or a ticket number
 * @param createdFrom  created at or after
 * @param createdUntil created before
 */
public record TicketQuery(Set<TicketStatus> statuses, String requesterEmail, Long organisationId, Long assigneeId,
        Long groupId, Instant updatedSince, String text, Instant createdFrom, Instant createdUntil, TicketScope scope,
        TicketSort sort, String cursor, int limit) {

    public static final int MAX_LIMIT = 200;

    public TicketQuery {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        scope = scope == null ? TicketScope.ALL : scope;
        sort = sort == null ? TicketSort.NEWEST : sort;
        limit = limit <= 0 ? 50 : Math.min(limit, MAX_LIMIT);
    }

    public static TicketQuery all() {
        return new TicketQuery(Set.of(), null, null, null, null, null, null, null, null, null, null, null, 50);
    }

    public TicketQuery withLimit(int newLimit) {
        return new TicketQuery(statuses, requesterEmail, organisationId, assigneeId, groupId, updatedSince, text,
                createdFrom, createdUntil, scope, sort, cursor, newLimit);
    }
}
