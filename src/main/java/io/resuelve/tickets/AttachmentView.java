package io.resuelve.tickets;

import java.time.Instant;

/**
 * A file on a ticket, message or description.
 *
 * @param contentType the type sniffed from the bytes
 * @param contentId   the Content-ID by which the mail's HTML shows it inline ({@code cid:}), or {@code null}
 */
public record AttachmentView(Long id, String filename, String contentType, long size, Instant createdAt,
        String contentId) {
}
