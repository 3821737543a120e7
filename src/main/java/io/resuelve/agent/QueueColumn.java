package io.resuelve.agent;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import io.resuelve.tickets.TicketSort;

/** The columns an agent may show in the queue, each sortable; slugs are what the URL and preferences store. */
public enum QueueColumn {
    NUMBER("numero", TicketSort.Column.NUMBER),
    SUBJECT("asunto", TicketSort.Column.SUBJECT),
    REQUESTER("solicitante", TicketSort.Column.REQUESTER),
    ORGANISATION("organizacion", TicketSort.Column.ORGANISATION),
    STATUS("estado", TicketSort.Column.STATUS),
    PRIORITY("prioridad", TicketSort.Column.PRIORITY),
    GROUP("grupo", TicketSort.Column.GROUP),
    ASSIGNEE("asignado", TicketSort.Column.ASSIGNEE),
    CREATED("creado", TicketSort.Column.CREATED),
    ACTIVITY("actividad", TicketSort.Column.ACTIVITY);

    /** What a new agent sees until they choose: Zendesk's default view columns, plus the organisation. */
    static final List<QueueColumn> DEFAULTS = List.of(NUMBER, SUBJECT, REQUESTER, ORGANISATION, STATUS, PRIORITY,
            ASSIGNEE, ACTIVITY);

    private final String slug;
    private final TicketSort.Column sortColumn;

    QueueColumn(String slug, TicketSort.Column sortColumn) {
        this.slug = slug;
        this.sortColumn = sortColumn;
    }

    public String slug() {
        return slug;
    }

    TicketSort.Column sortColumn() {
        return sortColumn;
    }

    public String labelKey() {
        return "queues.column." + slug;
    }

    static Optional<QueueColumn> bySlug(String slug) {
        return Arrays.stream(values()).filter(c -> c.slug.equals(slug)).findFirst();
    }

    static Optional<QueueColumn> bySort(TicketSort sort) {
        return Arrays.stream(values()).filter(c -> c.sortColumn == sort.column()).findFirst();
    }

    /** Stored slugs back to columns, in the table's order; unknown ones dropped, defaults when none is left. */
    static List<QueueColumn> of(List<String> slugs) {
        List<QueueColumn> chosen = Arrays.stream(values()).filter(c -> slugs.contains(c.slug)).toList();
        return chosen.isEmpty() ? DEFAULTS : chosen;
    }
}
