package io.resuelve.kb;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.resuelve.accounts.Actor;
import io.resuelve.shared.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What readers tell about articles: "¿Le fue útil este artículo?" (one vote per signed-in person, or per browser
 * session for anonymous visitors; a second answer replaces the first), the comment after a "no", and the view
 * counter. Staff read the tallies and comments.
 */
@Service
@Transactional
public class ArticleFeedback {

    static final int MAX_COMMENT = 2000;

    private final KnowledgeBase knowledgeBase;
    private final RatingRepository ratings;
    private final ArticleRepository articles;
    private final Clock clock;

    ArticleFeedback(KnowledgeBase knowledgeBase, RatingRepository ratings, ArticleRepository articles, Clock clock) {
        this.knowledgeBase = knowledgeBase;
        this.ratings = ratings;
        this.articles = articles;
        this.clock = clock;
    }

    /**
     * Records the reader's answer.
     *
     * @param viewer     the signed-in reader, or {@code null}
     * @param sessionKey identifies an anonymous reader's browser session; ignored for signed-in readers
     */
    public void rate(long articleId, boolean helpful, Actor viewer, String sessionKey, String language) {
        Article article = knowledgeBase.readable(articleId, viewer);
        Optional<ArticleRating> existing = find(articleId, viewer, sessionKey);
        if (existing.isPresent()) {
            existing.get().change(helpful, clock.instant());
        } else {
            ratings.save(new ArticleRating(article.id(), viewer == null ? null : viewer.userId(), voter(viewer,
                    sessionKey), helpful, KnowledgeBase.normalise(language), clock.instant()));
        }
    }

    /** Adds the reader's comment to their answer (a "no" when they had not answered yet). */
    public void comment(long articleId, String comment, Actor viewer, String sessionKey, String language) {
        if (comment == null || comment.isBlank()) {
            throw new InvalidInputException("comment", "kb.error.commentRequired");
        }
        if (comment.length() > MAX_COMMENT) {
            throw new InvalidInputException("comment", "kb.error.commentTooLong", MAX_COMMENT);
        }
        Optional<ArticleRating> existing = find(articleId, viewer, sessionKey);
        if (existing.isEmpty()) {
            rate(articleId, false, viewer, sessionKey, language);
            existing = find(articleId, viewer, sessionKey);
        }
        existing.orElseThrow().comment(comment.strip(), clock.instant());
    }

    /** The reader's current answer, if they gave one. */
    @Transactional(readOnly = true)
    public Optional<ReaderAnswer> answer(long articleId, Actor viewer, String sessionKey) {
        if ((viewer == null || viewer.userId() == null) && (sessionKey == null || sessionKey.isBlank())) {
            return Optional.empty();
        }
        return find(articleId, viewer, sessionKey).map(r -> new ReaderAnswer(r.helpful(), r.commented()));
    }

    /** Counts a reader's view; staff reading or previewing do not count. */
    public void countView(long articleId, Actor viewer) {
        if (viewer == null || !viewer.isStaff()) {
            articles.countView(articleId);
        }
    }

    /** Yes/no counts per article id, for staff. */
    @Transactional(readOnly = true)
    public Map<Long, RatingTally> tallies(Actor viewer) {
        ArticleAuthoring.requireStaff(viewer);
        Map<Long, long[]> counts = new HashMap<>();
        for (Object[] row : ratings.tally()) {
            long[] pair = counts.computeIfAbsent((Long) row[0], id -> new long[2]);
            pair[Boolean.TRUE.equals(row[1]) ? 0 : 1] = ((Number) row[2]).longValue();
        }
        Map<Long, RatingTally> tallies = new HashMap<>();
        counts.forEach((id, pair) -> tallies.put(id, new RatingTally(pair[0], pair[1])));
        return tallies;
    }

    /** Every answer and comment on one article, newest first, for staff. */
    @Transactional(readOnly = true)
    public List<FeedbackView> feedback(long articleId, Actor viewer) {
        ArticleAuthoring.requireStaff(viewer);
        return ratings.forArticle(articleId).stream().map(ArticleRating::view).toList();
    }

    private Optional<ArticleRating> find(long articleId, Actor viewer, String sessionKey) {
        if (viewer != null && viewer.userId() != null) {
            return ratings.findByArticleIdAndUserId(articleId, viewer.userId());
        }
        if (sessionKey == null || sessionKey.isBlank()) {
            throw new InvalidInputException("session", "kb.error.session");
        }
        return ratings.findByArticleIdAndSessionKey(articleId, sessionKey);
    }

    private static String voter(Actor viewer, String sessionKey) {
        return viewer != null && viewer.userId() != null ? null : sessionKey;
    }
}
