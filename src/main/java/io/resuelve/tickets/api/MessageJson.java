package io.resuelve.tickets.api;

import java.time.Instant;
import java.util.List;

/** A message in the REST API; {@code html} is present only for messages that arrived as (sanitized) HTML. */
record MessageJson(Long id, String body, String html, boolean internal, TicketJson.PersonJson author,
        Instant createdAt, List<AttachmentJson> attachments) {

    record AttachmentJson(Long id, String filename, String contentType, long size, String url) {
    }
}
