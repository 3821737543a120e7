package io.resuelve.kb;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** An article's title and Markdown body in one language ("es", "en" or "pt"). */
@Entity
@Table(name = "kb_article_translations")
public class ArticleTranslation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "article_id")
    private Article article;

    private String language;

    private String title;

    /** Markdown, rendered and sanitized on display. */
    private String body;

    private Instant updatedAt;

    protected ArticleTranslation() {
    }

    ArticleTranslation(Article article, String language, String title, String body, Instant now) {
        this.article = article;
        this.language = language;
        this.title = title;
        this.body = body;
        this.updatedAt = now;
    }

    public Long id() {
        return id;
    }

    public Article article() {
        return article;
    }

    public String language() {
        return language;
    }

    public String title() {
        return title;
    }

    public String body() {
        return body;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    /** Whether the text differs from what is stored. */
    boolean differs(String title, String body) {
        return !this.title.equals(title) || !this.body.equals(body);
    }

    void rewrite(String title, String body, Instant now) {
        this.title = title;
        this.body = body;
        this.updatedAt = now;
    }
}
