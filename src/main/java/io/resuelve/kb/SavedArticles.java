package io.resuelve.kb;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.resuelve.accounts.Actor;
import io.resuelve.shared.ForbiddenException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** "Mis artículos guardados": articles a signed-in person keeps at hand. */
@Service
@Transactional
public class SavedArticles {

    private final KnowledgeBase knowledgeBase;
    private final SavedArticleRepository saved;
    private final ArticleRepository articles;
    private final Clock clock;

    SavedArticles(KnowledgeBase knowledgeBase, SavedArticleRepository saved, ArticleRepository articles,
            Clock clock) {
        this.knowledgeBase = knowledgeBase;
        this.saved = saved;
        this.articles = articles;
        this.clock = clock;
    }

    /** Saves an article the person may read; saving twice changes nothing. */
    public void save(long articleId, Actor by) {
        requireSignedIn(by);
        knowledgeBase.readable(articleId, by);
        if (!saved.existsByUserIdAndArticleId(by.userId(), articleId)) {
            saved.save(new SavedArticle(by.userId(), articleId, clock.instant()));
        }
    }

    public void unsave(long articleId, Actor by) {
        requireSignedIn(by);
        saved.findById(new SavedArticle.Key(by.userId(), articleId)).ifPresent(saved::delete);
    }

    @Transactional(readOnly = true)
    public boolean isSaved(long articleId, Actor by) {
        return by != null && by.userId() != null && saved.existsByUserIdAndArticleId(by.userId(), articleId);
    }

    /**
     * The person's saved articles they may still read, most recently saved first (an article that became
     * unreadable, e.g. moved to agents only, stays saved but is not listed).
     */
    @Transactional(readOnly = true)
    public List<ArticleSummary> list(Actor by, String language) {
        requireSignedIn(by);
        String lang = KnowledgeBase.normalise(language);
        List<SavedArticle> marks = saved.savedBy(by.userId());
        Map<Long, Article> found = new LinkedHashMap<>();
        articles.findAllWithFolder(marks.stream().map(SavedArticle::articleId).toList())
                .forEach(a -> found.put(a.id(), a));
        return marks.stream().map(m -> found.get(m.articleId()))
                .filter(a -> a != null && a.readableBy(by))
                .map(a -> ArticleSummary.of(a, lang))
                .toList();
    }

    private static void requireSignedIn(Actor by) {
        if (by == null || by.userId() == null) {
            throw new ForbiddenException("kb.error.signIn");
        }
    }
}
