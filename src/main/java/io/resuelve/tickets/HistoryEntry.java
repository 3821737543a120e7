package io.resuelve.tickets;

import java.time.Instant;

/** One recorded change of a ticket; {@code actorId} is null for Resuelve itself. */
public record HistoryEntry(Long actorId, Instant at, String field, String from, String to) {
}
