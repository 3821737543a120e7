package io.resuelve.tickets;

/** An agent rejected the ticket (seed 003); the reason is shown to the customer. */
public record TicketRejected(long ticketNumber, String reason, Long messageId, Long actorId) implements TicketEvent {
}
