package io.resuelve.tickets;

import java.util.List;

/**
 * What an agent on a ticket should know about the others (collision detection).
 *
 * @param others             the other agents with the ticket open, by name
 * @param newMessagesByOthers messages others wrote since the last one this agent saw
 */
public record TicketPresenceView(List<PresentAgent> others, long newMessagesByOthers) {
}
