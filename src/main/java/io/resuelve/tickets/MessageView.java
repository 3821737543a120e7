package io.resuelve.tickets;

import java.time.Instant;
import java.util.List;

public record MessageView(Long id, Long authorId, boolean internal, String bodyText, String bodyHtml,
        Instant createdAt, List<AttachmentView> attachments, String quotedText) {
}
