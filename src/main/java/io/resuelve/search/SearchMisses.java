package io.resuelve.search;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Searches of the knowledge base that found nothing, counted per query (lower case, spaces collapsed) and
 * language: what agents should write articles about.
 */
@Service
public class SearchMisses {

    private final JdbcClient jdbc;
    private final Clock clock;

    SearchMisses(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** One search that found nothing. */
    public record Miss(String query, String language, long searches, Instant firstSeen, Instant lastSeen) {
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(String q, String language) {
        String query = normalise(q);
        if (query.isEmpty()) {
            return;
        }
        String lang = Analyzers.normalise(language);
        Timestamp now = Timestamp.from(clock.instant());
        if (increment(query, lang, now) == 0) {
            try {
                jdbc.sql("insert into search_misses (query, language, searches, first_seen, last_seen) "
                        + "values (?, ?, 1, ?, ?)").params(query, lang, now, now).update();
            } catch (DuplicateKeyException raced) {
                increment(query, lang, now);
            }
        }
    }

    private int increment(String query, String language, Timestamp now) {
        return jdbc.sql("update search_misses set searches = searches + 1, last_seen = ? "
                + "where query = ? and language = ?").params(now, query, language).update();
    }

    /** The most frequent misses, then the most recent, at most {@code limit}. */
    @Transactional(readOnly = true)
    public List<Miss> top(int limit) {
        return jdbc.sql("select query, language, searches, first_seen, last_seen from search_misses "
                        + "order by searches desc, last_seen desc, id fetch first ? rows only")
                .param(Math.max(1, Math.min(limit, 500)))
                .query((rs, i) -> new Miss(rs.getString(1), rs.getString(2), rs.getLong(3),
                        rs.getTimestamp(4).toInstant(), rs.getTimestamp(5).toInstant()))
                .list();
    }

    static String normalise(String q) {
        String text = TextQuery.clean(q).toLowerCase(Locale.ROOT);
        return text.length() > 200 ? text.substring(0, 200) : text;
    }
}
