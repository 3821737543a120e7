package io.resuelve.tickets;

/** Which of the tickets a person may see a list shows. */
public enum TicketScope {
    /** Everything the person may see. */
    ALL,
    /** "Mis tickets": requested by the person or with them in copy. */
    MINE,
    /** "Tickets de mi organización": all of the organisation's tickets (when it shares them). */
    ORGANISATION
}
