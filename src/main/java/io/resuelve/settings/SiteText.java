package io.resuelve.settings;

import java.time.Instant;

import io.resuelve.shared.Language;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An admin's wording of one text in one language; without it the bundled default applies. */
@Entity
@Table(name = "site_texts")
class SiteText {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String textKey;

    @Enumerated(EnumType.STRING)
    private Language language;

    private String body;

    private Long updatedBy;

    private Instant updatedAt;

    protected SiteText() {
    }

    SiteText(String textKey, Language language) {
        this.textKey = textKey;
        this.language = language;
    }

    void change(String body, Long by, Instant now) {
        this.body = body;
        this.updatedBy = by;
        this.updatedAt = now;
    }

    String textKey() {
        return textKey;
    }

    Language language() {
        return language;
    }

    String body() {
        return body;
    }
}
