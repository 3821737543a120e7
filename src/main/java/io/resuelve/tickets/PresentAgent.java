package io.resuelve.tickets;

/** Another agent who has the ticket open right now; {@code composing} while their reply editor holds text. */
public record PresentAgent(Long userId, String name, boolean composing) {
}
