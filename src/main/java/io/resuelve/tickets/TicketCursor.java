package io.resuelve.tickets;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

import io.resuelve.shared.InvalidInputException;

/**
 * A keyset position: the sort key of the last row of a page and its number (the tie-breaker). Written as
 * {@code number} when sorting by number, {@code key_number} otherwise; text keys are base64url so that any
 * character survives a query string.
 */
record TicketCursor(Comparable<?> key, long number) {

    static String of(TicketSort sort, Object key, long number) {
        return switch (sort.column()) {
            case NUMBER -> Long.toString(number);
            case SUBJECT, REQUESTER, ORGANISATION, GROUP, ASSIGNEE -> Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(((String) key).getBytes(StandardCharsets.UTF_8)) + "_" + number;
            default -> key + "_" + number;
        };
    }

    /** Reads a cursor written by {@link #of}; anything else is a 400 ("cursor" is invalid). */
    static TicketCursor parse(TicketSort sort, String cursor) {
        try {
            if (sort.column() == TicketSort.Column.NUMBER) {
                long number = Long.parseLong(cursor);
                return new TicketCursor(number, number);
            }
            int split = cursor.lastIndexOf('_');
            String key = cursor.substring(0, split);
            long number = Long.parseLong(cursor.substring(split + 1));
            return new TicketCursor(switch (sort.column()) {
                case CREATED, ACTIVITY -> Instant.parse(key);
                case STATUS, PRIORITY -> Integer.valueOf(key);
                default -> new String(Base64.getUrlDecoder().decode(key), StandardCharsets.UTF_8);
            }, number);
        } catch (RuntimeException e) {
            throw new InvalidInputException("cursor", "error.parameter.invalid", "cursor");
        }
    }
}
