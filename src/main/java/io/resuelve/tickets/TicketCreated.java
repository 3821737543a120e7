package io.resuelve.tickets;

/** A ticket was filed; {@code followUpOfNumber} names the closed ticket it follows up, if any. */
public record TicketCreated(long ticketNumber, Long requesterId, Long organisationId, Channel channel, Long followUpOfNumber) implements TicketEvent {
}
