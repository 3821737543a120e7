package io.resuelve.tickets;

import java.time.Instant;

public record AttachmentView(Long id, String filename, String contentType, long size, Instant createdAt) {
}
