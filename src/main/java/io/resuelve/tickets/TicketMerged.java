package io.resuelve.tickets;

/** The ticket was merged into {@code intoNumber} and closed; its thread now lives there. */
public record TicketMerged(long ticketNumber, long intoNumber, Long actorId) implements TicketEvent {
}
