package io.resuelve.audit;

import java.time.Instant;

/**
 * Which entries to list, newest first: all filters optional.
 *
 * @param actorId    only this person's changes
 * @param targetType only changes of this kind of thing ({@code USER}, {@code ORGANISATION} …)
 * @param from       at or after this instant
 * @param until      before this instant
 * @param before     keyset cursor: entries with a smaller id than this (the previous page's last)
 * @param size       page size, 1 to 100
 */
public record AuditQuery(Long actorId, String targetType, Instant from, Instant until, Long before, int size) {
}
