package io.resuelve.tickets;

/**
 * What adding a message did: normally {@code ticketNumber} is the ticket written to; a customer writing on a
 * CLOSED ticket gets a follow-up ticket instead, and {@code followUp} is true.
 */
public record MessageAdded(long ticketNumber, boolean followUp, MessageView message) {
}
