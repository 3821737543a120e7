package io.resuelve.kb;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * One article in one language: the rendered, sanitized {@code html} for readers and the {@code markdown} source
 * for authors. {@code language} is the translation shown, which is the default language when the wanted one is
 * missing; {@code languages} lists every translation.
 */
public record ArticleDetails(Long id, String title, String language, String markdown, String html,
        ArticleKind kind, ArticleVisibility visibility, boolean published, String defaultLanguage,
        List<String> languages, Set<String> tags, Set<Long> organisationIds, List<Long> relatedIds, Long folderId,
        String folderName, Long collectionId, String collectionName, String countryCode, Instant updatedAt,
        long viewCount) {

    static ArticleDetails of(Article article, String language) {
        ArticleTranslation text = article.translationFor(language);
        KbFolder folder = article.folder();
        List<String> languages = article.translations().stream().map(ArticleTranslation::language).sorted().toList();
        return new ArticleDetails(article.id(), text.title(), text.language(), text.body(),
                MarkdownRenderer.render(text.body()), article.kind(), article.visibility(), article.published(),
                article.defaultLanguage(), languages, article.tags(), article.organisationIds(),
                article.relatedIds(), folder.id(), folder.name(), folder.collection().id(),
                folder.collection().name(), folder.collection().countryCode(), text.updatedAt(),
                article.viewCount());
    }

    /** Whether the reader asked for a language the article is not written in. */
    public boolean fallback(String wanted) {
        return !language.equals(wanted);
    }
}
