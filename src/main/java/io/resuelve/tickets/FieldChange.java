package io.resuelve.tickets;

import java.time.Instant;

/** A change the aggregate made, waiting to be written to the history once the ticket has an id. */
record FieldChange(String field, String from, String to, Long actorId, Instant at) {
}
