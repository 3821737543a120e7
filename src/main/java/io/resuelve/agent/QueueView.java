package io.resuelve.agent;

import java.util.EnumSet;
import java.util.Set;

import io.resuelve.tickets.TicketStatus;
import io.resuelve.tickets.TicketSort;

/**
 * The fixed views of the agent queue, with their Spanish slugs ({@code ?vista=}); group views ("grupo-7") are
 * added per agent group the agent may see.
 */
enum QueueView {
    UNASSIGNED("sin-asignar", Open.STATUSES, TicketSort.CREATED_ASC),
    MINE("mis-tickets", Open.STATUSES, TicketSort.RECENT_ACTIVITY),
    ALL_OPEN("abiertos", Open.STATUSES, TicketSort.RECENT_ACTIVITY),
    /** "Preguntas al cliente" and "Resuelto" (awaiting the customer's confirmation): both wait on the customer. */
    WAITING("esperando-cliente", EnumSet.of(TicketStatus.PENDING_CUSTOMER, TicketStatus.RESOLVED),
            TicketSort.RECENT_ACTIVITY),
    RESOLVED("resueltos", EnumSet.of(TicketStatus.RESOLVED, TicketStatus.CLOSED), TicketSort.RECENT_ACTIVITY),
    GROUP("grupo-", Open.STATUSES, TicketSort.RECENT_ACTIVITY);

    /** Every status still being worked on ("Todos abiertos"). */
    static final Set<TicketStatus> OPEN_STATUSES = Open.STATUSES;
    static final int RESOLVED_DAYS = 7;

    private final String slug;
    private final Set<TicketStatus> statuses;
    private final TicketSort defaultSort;

    QueueView(String slug, Set<TicketStatus> statuses, TicketSort defaultSort) {
        this.slug = slug;
        this.statuses = Set.copyOf(statuses);
        this.defaultSort = defaultSort;
    }

    /** Holder, so the constants above can use the set (enum constants initialise before static fields). */
    private static final class Open {
        static final Set<TicketStatus> STATUSES = Set.of(TicketStatus.NEW, TicketStatus.OPEN,
                TicketStatus.PENDING_CUSTOMER, TicketStatus.ON_HOLD);
    }

    String slug() {
        return slug;
    }

    Set<TicketStatus> statuses() {
        return statuses;
    }

    TicketSort defaultSort() {
        return defaultSort;
    }

    String labelKey() {
        return "queues.view." + name();
    }

    String emptyKey() {
        return "queues.empty." + name();
    }
}
