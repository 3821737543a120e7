package io.resuelve.tickets;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One line of a ticket's history: who changed which field when, from what to what. Append-only. */
@Entity
@Table(name = "ticket_changes")
class TicketChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long ticketId;

    private Long actorId;

    private Instant changedAt;

    private String field;

    private String oldValue;

    private String newValue;

    protected TicketChange() {
    }

    TicketChange(Long ticketId, FieldChange change) {
        this.ticketId = ticketId;
        this.actorId = change.actorId();
        this.changedAt = change.at();
        this.field = change.field();
        this.oldValue = truncate(change.from());
        this.newValue = truncate(change.to());
    }

    HistoryEntry view() {
        return new HistoryEntry(actorId, changedAt, field, oldValue, newValue);
    }

    private static String truncate(String value) {
        return value == null || value.length() <= 2000 ? value : value.substring(0, 2000);
    }
}
