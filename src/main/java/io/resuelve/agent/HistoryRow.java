package io.resuelve.agent;

import java.time.Instant;

/** One change of the ticket as the "Historial" tab shows it: names and labels already in the viewer's language. */
public record HistoryRow(String who, Instant at, String field, String from, String to) {
}
