package io.resuelve.tickets;

/** The ticket's assignee or group changed. */
public record TicketAssigned(long ticketNumber, Long assigneeId, Long groupId, Long actorId) implements TicketEvent {
}
