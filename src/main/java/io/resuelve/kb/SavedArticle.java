package io.resuelve.kb;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** An article a person keeps at hand in "Mis artículos guardados". */
@Entity
@Table(name = "kb_saved_articles")
@IdClass(SavedArticle.Key.class)
class SavedArticle {

    @Id
    private Long userId;

    @Id
    private Long articleId;

    private Instant savedAt;

    protected SavedArticle() {
    }

    SavedArticle(Long userId, Long articleId, Instant now) {
        this.userId = userId;
        this.articleId = articleId;
        this.savedAt = now;
    }

    Long articleId() {
        return articleId;
    }

    Instant savedAt() {
        return savedAt;
    }

    record Key(Long userId, Long articleId) implements Serializable {
        Key() {
            this(null, null);
        }
    }
}
