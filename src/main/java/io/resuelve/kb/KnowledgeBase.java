package io.resuelve.kb;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.resuelve.accounts.Actor;
import io.resuelve.shared.ForbiddenException;
import io.resuelve.shared.Language;
import io.resuelve.shared.NotFoundException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading the knowledge base. Every method takes the viewer ({@code null} for an anonymous visitor) and returns
 * only what they may read: drafts and agent-only articles to staff, organisation articles to the listed
 * organisations' customers, customer articles to anyone signed in, public articles to everyone.
 */
@Service
@Transactional(readOnly = true)
public class KnowledgeBase {

    private final CollectionRepository collections;
    private final FolderRepository folders;
    private final ArticleRepository articles;
    private final ObjectProvider<SimilarArticles> similar;

    KnowledgeBase(CollectionRepository collections, FolderRepository folders, ArticleRepository articles,
            ObjectProvider<SimilarArticles> similar) {
        this.collections = collections;
        this.folders = folders;
        this.articles = articles;
        this.similar = similar;
    }

    /** Every collection with its folders and the articles the viewer may read, in the wanted language. */
    public List<CollectionView> collections(Actor viewer, String language) {
        String lang = normalise(language);
        Map<Long, List<ArticleSummary>> byFolder = new LinkedHashMap<>();
        for (ArticleSummary summary : articles(viewer, null, null, null, lang)) {
            byFolder.computeIfAbsent(summary.folderId(), id -> new ArrayList<>()).add(summary);
        }
        Map<Long, List<FolderView>> foldersByCollection = new LinkedHashMap<>();
        for (KbFolder folder : folders.findAllByOrderByPositionAscNameAsc()) {
            foldersByCollection.computeIfAbsent(folder.collection().id(), id -> new ArrayList<>())
                    .add(view(folder, byFolder.getOrDefault(folder.id(), List.of())));
        }
        return collections.findAllByOrderByPositionAscNameAsc().stream()
                .map(c -> new CollectionView(c.id(), c.name(), c.countryCode(), c.position(),
                        foldersByCollection.getOrDefault(c.id(), List.of())))
                .toList();
    }

    /** One collection with its folders and readable articles. */
    public CollectionView collection(long id, Actor viewer, String language) {
        return collections(viewer, language).stream().filter(c -> c.id() == id).findFirst()
                .orElseThrow(() -> new NotFoundException("kb.error.notFound"));
    }

    /** One folder with its readable articles, sorted by title. */
    public FolderView folder(long id, Actor viewer, String language) {
        KbFolder folder = folders.findById(id).orElseThrow(() -> new NotFoundException("kb.error.notFound"));
        return view(folder, articles(viewer, null, id, null, language));
    }

    /**
     * The articles the viewer may read, filtered by collection, folder and kind (each optional), newest first.
     * Staff see drafts too.
     */
    public List<ArticleSummary> articles(Actor viewer, Long collectionId, Long folderId, ArticleKind kind,
            String language) {
        String lang = normalise(language);
        boolean staff = viewer != null && viewer.isStaff();
        return articles.candidates(collectionId, folderId, kind, !staff).stream()
                .filter(a -> a.readableBy(viewer))
                .map(a -> ArticleSummary.of(a, lang))
                .toList();
    }

    /**
     * One article in the wanted language (or its default language).
     *
     * @throws NotFoundException  when it does not exist or the viewer may not know it exists
     * @throws ForbiddenException ({@code kb.error.signIn}) when an anonymous visitor could read it after signing in
     */
    public ArticleDetails article(long id, Actor viewer, String language) {
        return ArticleDetails.of(readable(id, viewer), normalise(language));
    }

    /** Other readable articles of the same folder, by title. */
    public List<ArticleSummary> sameFolder(long id, Actor viewer, String language, int limit) {
        Article article = readable(id, viewer);
        return articles(viewer, null, article.folder().id(), null, language).stream()
                .filter(a -> !a.id().equals(article.id()))
                .sorted(Comparator.comparing(ArticleSummary::title, String.CASE_INSENSITIVE_ORDER))
                .limit(limit)
                .toList();
    }

    /**
     * Related articles: the hand-picked ones first, in the author's order, then "more like this" from the search
     * engine when there is one; only readable, published (for non-staff) articles, without the article itself.
     */
    public List<ArticleSummary> related(long id, Actor viewer, String language, int limit) {
        Article article = readable(id, viewer);
        String lang = normalise(language);
        Set<Long> ids = new LinkedHashSet<>(article.relatedIds());
        SimilarArticles engine = similar.getIfAvailable();
        if (engine != null && ids.size() < limit) {
            ids.addAll(engine.similarTo(id, lang, limit * 2));
        }
        ids.remove(article.id());
        Map<Long, Article> found = new LinkedHashMap<>();
        articles.findAllWithFolder(ids).forEach(a -> found.put(a.id(), a));
        return ids.stream().map(found::get)
                .filter(a -> a != null && a.readableBy(viewer) && (a.published() || isStaff(viewer)))
                .limit(limit)
                .map(a -> ArticleSummary.of(a, lang))
                .toList();
    }

    /** The safe HTML of Markdown, for the authors' live preview. */
    public String preview(String markdown) {
        return MarkdownRenderer.render(markdown);
    }

    /** Every folder, for choosing where an article goes. */
    public List<FolderView> allFolders() {
        return folders.findAllByOrderByPositionAscNameAsc().stream().map(f -> view(f, List.of())).toList();
    }

    Article readable(long id, Actor viewer) {
        Article article = articles.findById(id).orElseThrow(() -> new NotFoundException("kb.error.notFound"));
        if (article.readableBy(viewer)) {
            return article;
        }
        if (viewer == null && article.published() && (article.visibility() == ArticleVisibility.CUSTOMERS
                || article.visibility() == ArticleVisibility.ORGANIZATIONS)) {
            throw new ForbiddenException("kb.error.signIn");
        }
        throw new NotFoundException("kb.error.notFound");
    }

    private static FolderView view(KbFolder folder, List<ArticleSummary> summaries) {
        List<ArticleSummary> sorted = summaries.stream()
                .sorted(Comparator.comparing(ArticleSummary::title, String.CASE_INSENSITIVE_ORDER)).toList();
        return new FolderView(folder.id(), folder.collection().id(), folder.collection().name(), folder.name(),
                folder.productId(), folder.position(), sorted);
    }

    private static boolean isStaff(Actor viewer) {
        return viewer != null && viewer.isStaff();
    }

    /** "es", "en" or "pt"; anything else is Spanish. */
    static String normalise(String language) {
        return Language.fromTag(language).tag();
    }
}
