package io.resuelve.tickets;

import java.io.InputStream;

/** A downloadable attachment; the receiver closes {@code content}. */
public record AttachmentContent(AttachmentView attachment, long ticketNumber, InputStream content) {
}
