package io.resuelve.kb;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import io.resuelve.accounts.Actor;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.hibernate.annotations.BatchSize;

/**
 * A knowledge-base article: where it is filed, who may read it, and its text in one or more languages.
 * Readers get the translation in their language, else the article's default language.
 */
@Entity
@Table(name = "kb_articles")
public class Article {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "folder_id")
    private KbFolder folder;

    @Enumerated(EnumType.STRING)
    private ArticleKind kind;

    @Enumerated(EnumType.STRING)
    private ArticleVisibility visibility;

    private boolean published;

    private String defaultLanguage;

    /** The organisations whose customers may read an {@link ArticleVisibility#ORGANIZATIONS} article. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "kb_article_organisations", joinColumns = @JoinColumn(name = "article_id"))
    @Column(name = "organisation_id")
    @BatchSize(size = 100)
    private Set<Long> organisationIds = new TreeSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "kb_article_tags", joinColumns = @JoinColumn(name = "article_id"))
    @Column(name = "tag")
    @BatchSize(size = 100)
    private Set<String> tags = new TreeSet<>();

    /** Hand-picked related articles, in the author's order. */
    @ElementCollection
    @CollectionTable(name = "kb_article_related", joinColumns = @JoinColumn(name = "article_id"))
    @OrderColumn(name = "position")
    @Column(name = "related_id")
    @BatchSize(size = 100)
    private List<Long> relatedIds = new ArrayList<>();

    @OneToMany(mappedBy = "article", cascade = CascadeType.ALL, orphanRemoval = true)
    @BatchSize(size = 100)
    private List<ArticleTranslation> translations = new ArrayList<>();

    private Instant createdAt;

    private Instant updatedAt;

    private long viewCount;

    protected Article() {
    }

    Article(KbFolder folder, ArticleKind kind, String defaultLanguage, Instant now) {
        this.folder = folder;
        this.kind = kind;
        this.visibility = ArticleVisibility.PUBLIC;
        this.defaultLanguage = defaultLanguage;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public Long id() {
        return id;
    }

    public KbFolder folder() {
        return folder;
    }

    public ArticleKind kind() {
        return kind;
    }

    public ArticleVisibility visibility() {
        return visibility;
    }

    public boolean published() {
        return published;
    }

    public String defaultLanguage() {
        return defaultLanguage;
    }

    public Set<Long> organisationIds() {
        return Set.copyOf(organisationIds);
    }

    public Set<String> tags() {
        return Set.copyOf(tags);
    }

    public List<Long> relatedIds() {
        // A related article deleted later leaves a gap in the order column.
        return relatedIds.stream().filter(Objects::nonNull).toList();
    }

    public List<ArticleTranslation> translations() {
        return List.copyOf(translations);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long viewCount() {
        return viewCount;
    }

    /** Whether this person (or an anonymous visitor, {@code null}) may read the article. */
    public boolean readableBy(Actor actor) {
        return ReadingRules.mayRead(actor, visibility, published, organisationIds);
    }

    /** The translation in exactly this language, if there is one. */
    public Optional<ArticleTranslation> translation(String language) {
        return translations.stream().filter(t -> t.language().equals(language)).findFirst();
    }

    /** The translation in the wanted language, else in the default language, else the first one. */
    public ArticleTranslation translationFor(String language) {
        return translation(language)
                .or(() -> translation(defaultLanguage))
                .orElseGet(() -> translations.get(0));
    }

    /** Writes a translation; returns whether anything changed. */
    boolean write(String language, String title, String body, Instant now) {
        Optional<ArticleTranslation> existing = translation(language);
        if (existing.isPresent()) {
            if (!existing.get().differs(title, body)) {
                return false;
            }
            existing.get().rewrite(title, body, now);
        } else {
            translations.add(new ArticleTranslation(this, language, title, body, now));
        }
        touch(now);
        return true;
    }

    void removeTranslation(String language) {
        if (language.equals(defaultLanguage)) {
            throw new IllegalStateException("The default translation cannot be removed");
        }
        translations.removeIf(t -> t.language().equals(language));
    }

    void file(KbFolder folder, ArticleKind kind) {
        this.folder = folder;
        this.kind = kind;
    }

    void restrict(ArticleVisibility visibility, Collection<Long> organisationIds) {
        this.visibility = visibility;
        this.organisationIds.clear();
        if (visibility == ArticleVisibility.ORGANIZATIONS) {
            this.organisationIds.addAll(organisationIds);
        }
    }

    void publish(boolean published) {
        this.published = published;
    }

    void makeDefault(String language) {
        this.defaultLanguage = language;
    }

    void tag(Collection<String> tags) {
        this.tags.clear();
        this.tags.addAll(tags);
    }

    void relate(List<Long> relatedIds) {
        this.relatedIds.clear();
        relatedIds.stream().filter(r -> !r.equals(id)).distinct().forEach(this.relatedIds::add);
    }

    void touch(Instant now) {
        this.updatedAt = now;
    }
}
