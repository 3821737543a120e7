package io.resuelve.agent;

/** A view in the queue's left column: its slug for {@code ?vista=}, its name, and its live count. */
public record QueueViewEntry(String slug, String label, long count, boolean current) {
}
