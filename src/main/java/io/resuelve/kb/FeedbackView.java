package io.resuelve.kb;

import java.time.Instant;

/** A rating as staff see it; {@code userId} is {@code null} for an anonymous reader. */
public record FeedbackView(Long id, Long articleId, boolean helpful, String language, String comment, Long userId,
        Instant createdAt, Instant commentedAt) {
}
