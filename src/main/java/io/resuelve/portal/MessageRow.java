package io.resuelve.portal;

import java.time.Instant;
import java.util.List;

/** A public message of the thread as the portal shows it. */
public record MessageRow(Long id, String authorName, boolean fromSupport, String body, Instant createdAt,
        List<AttachmentRow> attachments, String quotedText) {

    /** A file; {@code image} only when its sniffed type is a raster image safe to show inline. */
    public record AttachmentRow(Long id, String filename, String size, boolean image) {
    }
}
