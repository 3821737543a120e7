package io.resuelve.tickets;

/** An agent added a public reply (mailed to the requester and people in copy). */
public record AgentReplied(long ticketNumber, Long messageId, Long authorId) implements TicketEvent {
}
