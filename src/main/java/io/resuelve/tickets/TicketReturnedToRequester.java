package io.resuelve.tickets;

/** An agent sent the ticket back for the missing information listed (seed 003). */
public record TicketReturnedToRequester(long ticketNumber, java.util.List<String> missing, Long messageId, Long actorId) implements TicketEvent {
}
