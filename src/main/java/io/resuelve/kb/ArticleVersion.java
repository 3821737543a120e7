package io.resuelve.kb;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A snapshot of one translation as it was saved: who, when, what, and why. */
@Entity
@Table(name = "kb_article_versions")
class ArticleVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long articleId;

    private String language;

    private String title;

    private String body;

    private String summary;

    private Long authorId;

    private String authorName;

    private Instant createdAt;

    protected ArticleVersion() {
    }

    ArticleVersion(Long articleId, ArticleTranslation text, String summary, Long authorId, String authorName,
            Instant now) {
        this.articleId = articleId;
        this.language = text.language();
        this.title = text.title();
        this.body = text.body();
        this.summary = summary;
        this.authorId = authorId;
        this.authorName = authorName;
        this.createdAt = now;
    }

    VersionView view() {
        return new VersionView(id, articleId, language, title, body, summary, authorName, createdAt);
    }
}
