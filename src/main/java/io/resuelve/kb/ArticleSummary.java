package io.resuelve.kb;

import java.time.Instant;

/** An article in a list, in the reader's language (or the fallback). */
public record ArticleSummary(Long id, String title, String language, ArticleKind kind,
        ArticleVisibility visibility, boolean published, Long folderId, String folderName, Long collectionId,
        String collectionName, Instant updatedAt, long viewCount) {

    static ArticleSummary of(Article article, String language) {
        ArticleTranslation text = article.translationFor(language);
        KbFolder folder = article.folder();
        return new ArticleSummary(article.id(), text.title(), text.language(), article.kind(), article.visibility(),
                article.published(), folder.id(), folder.name(), folder.collection().id(),
                folder.collection().name(), article.updatedAt(), article.viewCount());
    }

    /** The portal address of the article. */
    public String url() {
        return "/ayuda/articulos/" + id;
    }
}
