/**
 * Tickets: the Ticket aggregate and its lifecycle (seeds 001, 002, 003), messages, attachments, history, and the
 * events other modules react to. {@link io.resuelve.tickets.TicketManagement} is the entry point.
 */
package io.resuelve.tickets;
