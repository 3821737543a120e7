package io.resuelve.tickets;

/** A customer added a public message. */
public record CustomerReplied(long ticketNumber, Long messageId, Long authorId) implements TicketEvent {
}
