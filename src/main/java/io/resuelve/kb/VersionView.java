package io.resuelve.kb;

import java.time.Instant;

/** One saved version of an article's translation. */
public record VersionView(Long id, Long articleId, String language, String title, String body, String summary,
        String authorName, Instant createdAt) {
}
