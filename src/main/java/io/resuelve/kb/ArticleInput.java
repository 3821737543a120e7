package io.resuelve.kb;

import java.util.List;
import java.util.Set;

/**
 * What an author saves. On creation {@code title}, {@code body} and {@code kind} are required; {@code language}
 * defaults to "es", {@code visibility} to public, {@code published} to false, and without a {@code folderId} the
 * article goes to the default folder. On update a {@code null} keeps what the article has; the text is written to
 * the translation in {@code language}, which is added when the article lacks it.
 *
 * @param summary a short note of what changed, kept in the version history
 */
public record ArticleInput(String title, String body, ArticleKind kind, String language, Long folderId,
        Boolean published, ArticleVisibility visibility, Set<Long> organisationIds, Set<String> tags,
        List<Long> relatedIds, String summary) {

    /** Only the text and the fields of the public API. */
    public static ArticleInput of(String title, String body, ArticleKind kind, String language, Long folderId,
            Boolean published, ArticleVisibility visibility) {
        return new ArticleInput(title, body, kind, language, folderId, published, visibility, null, null, null,
                null);
    }
}
