package io.resuelve.kb;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import io.resuelve.accounts.AccountManagement;
import io.resuelve.accounts.Actor;
import io.resuelve.accounts.UserView;
import io.resuelve.shared.ForbiddenException;
import io.resuelve.shared.InvalidInputException;
import io.resuelve.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Writing articles: staff only. Every change of a translation's text is kept as a version. */
@Service
@Transactional
public class ArticleAuthoring {

    static final int MAX_TITLE = 200;
    static final int MAX_BODY = 200_000;
    private static final Set<String> LANGUAGES = Set.of("es", "en", "pt");

    private final ArticleRepository articles;
    private final FolderRepository folders;
    private final VersionRepository versions;
    private final KbStructure structure;
    private final AccountManagement accounts;
    private final Clock clock;

    ArticleAuthoring(ArticleRepository articles, FolderRepository folders, VersionRepository versions,
            KbStructure structure, AccountManagement accounts, Clock clock) {
        this.articles = articles;
        this.folders = folders;
        this.versions = versions;
        this.structure = structure;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** Creates an article with its first translation and first version; returns its id. */
    public long create(ArticleInput input, Actor by) {
        requireStaff(by);
        if (input.kind() == null) {
            throw new InvalidInputException("kind", "kb.error.kind");
        }
        String language = language(input.language() == null ? "es" : input.language());
        String title = title(input.title());
        String body = body(input.body());
        KbFolder folder = input.folderId() == null ? structure.defaultFolder() : folder(input.folderId());
        Instant now = clock.instant();
        Article article = new Article(folder, input.kind(), language, now);
        apply(article, input);
        article.write(language, title, body, now);
        articles.saveAndFlush(article);
        recordVersion(article, language, input.summary(), by, now);
        return article.id();
    }

    /** Changes an article and writes the text of one translation; a version is kept when the text changed. */
    public void update(long id, ArticleInput input, Actor by) {
        requireStaff(by);
        Article article = articles.findById(id).orElseThrow(() -> new NotFoundException("kb.error.notFound"));
        String language = input.language() == null ? article.defaultLanguage() : language(input.language());
        Instant now = clock.instant();
        if (input.folderId() != null || input.kind() != null) {
            article.file(input.folderId() == null ? article.folder() : folder(input.folderId()),
                    input.kind() == null ? article.kind() : input.kind());
        }
        apply(article, input);
        String title = input.title() == null
                ? article.translation(language).map(ArticleTranslation::title).orElse(null) : input.title();
        String body = input.body() == null
                ? article.translation(language).map(ArticleTranslation::body).orElse(null) : input.body();
        boolean changed = article.write(language, title(title), body(body), now);
        article.touch(now);
        if (changed) {
            recordVersion(article, language, input.summary(), by, now);
        }
    }

    /** Makes another translation the default one, the fallback for readers of missing languages. */
    public void makeDefaultLanguage(long id, String language, Actor by) {
        requireStaff(by);
        Article article = articles.findById(id).orElseThrow(() -> new NotFoundException("kb.error.notFound"));
        if (article.translation(language(language)).isEmpty()) {
            throw new InvalidInputException("language", "kb.error.language");
        }
        article.makeDefault(language);
    }

    /** Removes a translation other than the default one. */
    public void removeTranslation(long id, String language, Actor by) {
        requireStaff(by);
        Article article = articles.findById(id).orElseThrow(() -> new NotFoundException("kb.error.notFound"));
        if (language(language).equals(article.defaultLanguage())) {
            throw new InvalidInputException("language", "kb.error.defaultTranslation");
        }
        article.removeTranslation(language);
        article.touch(clock.instant());
    }

    /** Deletes an article with its translations, versions, ratings, saved marks and files. */
    public void delete(long id, Actor by) {
        requireStaff(by);
        Article article = articles.findById(id).orElseThrow(() -> new NotFoundException("kb.error.notFound"));
        articles.delete(article);
    }

    /** The version history of an article, newest first. */
    @Transactional(readOnly = true)
    public List<VersionView> versions(long articleId, Actor viewer) {
        requireStaff(viewer);
        return versions.history(articleId).stream().map(ArticleVersion::view).toList();
    }

    /** One version and the one saved before it in the same language (for a before/after view), if any. */
    @Transactional(readOnly = true)
    public List<VersionView> versionWithPrevious(long articleId, long versionId, Actor viewer) {
        requireStaff(viewer);
        VersionView version = versions.findById(versionId).map(ArticleVersion::view)
                .filter(v -> v.articleId() == articleId)
                .orElseThrow(() -> new NotFoundException("kb.error.notFound"));
        return versions.previous(articleId, version.language(), versionId).map(ArticleVersion::view)
                .map(previous -> List.of(version, previous)).orElseGet(() -> List.of(version));
    }

    private void apply(Article article, ArticleInput input) {
        if (input.visibility() != null || input.organisationIds() != null) {
            ArticleVisibility visibility = input.visibility() == null ? article.visibility() : input.visibility();
            Set<Long> organisations = input.organisationIds() == null ? article.organisationIds()
                    : input.organisationIds();
            if (visibility == ArticleVisibility.ORGANIZATIONS && organisations.isEmpty()) {
                throw new InvalidInputException("organisationIds", "kb.error.organisations");
            }
            article.restrict(visibility, organisations);
        }
        if (input.published() != null) {
            article.publish(input.published());
        }
        if (input.tags() != null) {
            article.tag(tags(input.tags()));
        }
        if (input.relatedIds() != null) {
            List<Long> existing = articles.findAllById(input.relatedIds()).stream().map(Article::id).toList();
            article.relate(input.relatedIds().stream().filter(existing::contains).toList());
        }
    }

    private void recordVersion(Article article, String language, String summary, Actor by, Instant now) {
        ArticleTranslation text = article.translation(language).orElseThrow();
        String author = by.userId() == null ? by.email()
                : accounts.user(by.userId()).map(UserView::name).orElse(by.email());
        String note = summary == null || summary.isBlank() ? null : summary.strip();
        if (note != null && note.length() > 300) {
            note = note.substring(0, 300);
        }
        versions.save(new ArticleVersion(article.id(), text, note, by.userId(), author, now));
    }

    private KbFolder folder(long id) {
        return folders.findById(id).orElseThrow(() -> new InvalidInputException("folderId", "kb.error.folder"));
    }

    static void requireStaff(Actor actor) {
        if (actor == null || !actor.isStaff()) {
            throw new ForbiddenException("kb.error.staffOnly");
        }
    }

    private static String language(String language) {
        String tag = language == null ? "" : language.strip().toLowerCase(Locale.ROOT);
        if (!LANGUAGES.contains(tag)) {
            throw new InvalidInputException("language", "kb.error.language");
        }
        return tag;
    }

    private static String title(String title) {
        if (title == null || title.isBlank()) {
            throw new InvalidInputException("title", "kb.error.titleRequired");
        }
        if (title.strip().length() > MAX_TITLE) {
            throw new InvalidInputException("title", "kb.error.titleTooLong", MAX_TITLE);
        }
        return title.strip();
    }

    private static String body(String body) {
        if (body == null || body.isBlank()) {
            throw new InvalidInputException("body", "kb.error.bodyRequired");
        }
        if (body.length() > MAX_BODY) {
            throw new InvalidInputException("body", "kb.error.bodyTooLong", MAX_BODY);
        }
        return body.strip();
    }

    private static Set<String> tags(Set<String> tags) {
        return tags.stream().map(t -> t.strip().toLowerCase(Locale.ROOT)).filter(t -> !t.isEmpty())
                .map(t -> t.length() > 50 ? t.substring(0, 50) : t)
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
