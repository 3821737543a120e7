package io.resuelve.tickets;

/** List orders, each paged by keyset on (sort key, number). */
public enum TicketSort {
    NEWEST, OLDEST, RECENT_ACTIVITY, OLDEST_ACTIVITY;

    boolean byActivity() {
        return this == RECENT_ACTIVITY || this == OLDEST_ACTIVITY;
    }

    boolean descending() {
        return this == NEWEST || this == RECENT_ACTIVITY;
    }
}
