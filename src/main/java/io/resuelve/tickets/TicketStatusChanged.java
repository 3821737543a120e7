package io.resuelve.tickets;

/** The ticket moved between statuses. */
public record TicketStatusChanged(long ticketNumber, TicketStatus from, TicketStatus to, Long actorId) implements TicketEvent {
}
