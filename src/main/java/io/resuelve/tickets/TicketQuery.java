package io.resuelve.tickets;

import java.time.Instant;
import java.util.Set;

/**
 * Filters for a ticket list; every one optional. Results are paged by keyset: {@code cursor} is the {@code next}
 * of the previous page.
 *
 * @param groupId       the agent group the ticket is assigned to (an agent's queue)
 * @param text          words in the subject or description, or a ticket number
 * @param createdFrom   created at or after
 * @param createdUntil  created before
 * @param type          the ticket type (the portal section), exactly
 * @param tag           carries this tag (tags are stored lower-cased)
 * @param unassigned    nobody is assigned (overrides nothing: combined with {@code assigneeId} it selects nothing)
 * @param resolvedSince resolved or closed at or after
 * @param customField   with {@code customValue}: the custom field (by key) holds this value (text compared without
 *                      case; numbers, dates as yyyy-MM-dd and true/false compared as what they are)
 */
public record TicketQuery(Set<TicketStatus> statuses, String requesterEmail, Long organisationId, Long assigneeId,
        Long groupId, Instant updatedSince, String text, Instant createdFrom, Instant createdUntil, TicketScope scope,
        TicketSort sort, String cursor, int limit, Priority priority, String type, Channel channel, String tag,
        boolean unassigned, Instant resolvedSince, String customField, String customValue) {

    public static final int MAX_LIMIT = 200;

    public TicketQuery {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        scope = scope == null ? TicketScope.ALL : scope;
        sort = sort == null ? TicketSort.NEWEST : sort;
        limit = limit <= 0 ? 50 : Math.min(limit, MAX_LIMIT);
    }

    /** The filters that existed before custom fields. */
    public TicketQuery(Set<TicketStatus> statuses, String requesterEmail, Long organisationId, Long assigneeId,
            Long groupId, Instant updatedSince, String text, Instant createdFrom, Instant createdUntil,
            TicketScope scope, TicketSort sort, String cursor, int limit, Priority priority, String type,
            Channel channel, String tag, boolean unassigned, Instant resolvedSince) {
        this(statuses, requesterEmail, organisationId, assigneeId, groupId, updatedSince, text, createdFrom,
                createdUntil, scope, sort, cursor, limit, priority, type, channel, tag, unassigned, resolvedSince, null,
                null);
    }

    /** The filters that existed before priority, type, channel, tag, unassigned and resolution date. */
    public TicketQuery(Set<TicketStatus> statuses, String requesterEmail, Long organisationId, Long assigneeId,
            Long groupId, Instant updatedSince, String text, Instant createdFrom, Instant createdUntil,
            TicketScope scope, TicketSort sort, String cursor, int limit) {
        this(statuses, requesterEmail, organisationId, assigneeId, groupId, updatedSince, text, createdFrom,
                createdUntil, scope, sort, cursor, limit, null, null, null, null, false, null);
    }

    public static TicketQuery all() {
        return new TicketQuery(Set.of(), null, null, null, null, null, null, null, null, null, null, null, 50);
    }

    public TicketQuery withLimit(int newLimit) {
        return new TicketQuery(statuses, requesterEmail, organisationId, assigneeId, groupId, updatedSince, text,
                createdFrom, createdUntil, scope, sort, cursor, newLimit, priority, type, channel, tag, unassigned,
                resolvedSince, customField, customValue);
    }

    /** The same filters, narrowed to tickets whose custom field {@code key} holds {@code value}. */
    public TicketQuery withCustomField(String key, String value) {
        return new TicketQuery(statuses, requesterEmail, organisationId, assigneeId, groupId, updatedSince, text,
                createdFrom, createdUntil, scope, sort, cursor, limit, priority, type, channel, tag, unassigned,
                resolvedSince, key, value);
    }
}
