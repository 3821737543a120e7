package io.resuelve.tickets;

/** The customer answered "¿Se ha resuelto su problema?": Sí (solved) or No del todo. */
public record TicketConfirmed(long ticketNumber, boolean solved, Long commentMessageId, Long actorId) implements TicketEvent {
}
