package io.resuelve.kb;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A reader's answer to "¿Le fue útil este artículo?", with the comment they may add after a "no". */
@Entity
@Table(name = "kb_article_ratings")
class ArticleRating {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long articleId;

    private Long userId;

    private String sessionKey;

    private boolean helpful;

    private String language;

    private String comment;

    private Instant createdAt;

    private Instant commentedAt;

    protected ArticleRating() {
    }

    ArticleRating(Long articleId, Long userId, String sessionKey, boolean helpful, String language, Instant now) {
        this.articleId = articleId;
        this.userId = userId;
        this.sessionKey = userId == null ? sessionKey : null;
        this.helpful = helpful;
        this.language = language;
        this.createdAt = now;
    }

    boolean helpful() {
        return helpful;
    }

    boolean commented() {
        return comment != null;
    }

    /** A reader may change their mind; the vote then counts for the other side. */
    void change(boolean helpful, Instant now) {
        this.helpful = helpful;
        this.createdAt = now;
    }

    void comment(String comment, Instant now) {
        this.comment = comment;
        this.commentedAt = now;
    }

    FeedbackView view() {
        return new FeedbackView(id, articleId, helpful, language, comment, userId, createdAt, commentedAt);
    }
}
