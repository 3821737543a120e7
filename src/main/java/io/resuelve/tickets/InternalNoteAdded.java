package io.resuelve.tickets;

/** An agent added an internal note; never shown to nor mailed to customers. */
public record InternalNoteAdded(long ticketNumber, Long messageId, Long authorId) implements TicketEvent {
}
