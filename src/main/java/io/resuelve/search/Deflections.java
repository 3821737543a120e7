package io.resuelve.search;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;

import io.resuelve.accounts.Actor;
import io.resuelve.shared.InvalidInputException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deflections: a customer writing a new ticket opened an article suggested beside the form and left without
 * sending the ticket. Counted for the reports on how much the knowledge base saves.
 */
@Service
public class Deflections {

    private final JdbcClient jdbc;
    private final Clock clock;

    Deflections(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Records one deflection by {@code actor} (the article must exist). */
    @Transactional
    public void record(Actor actor, long articleId, String query, String language) {
        Integer exists = jdbc.sql("select count(*) from kb_articles where id = ?").param(articleId)
                .query(Integer.class).single();
        if (exists == 0) {
            throw new InvalidInputException("articulo", "search.error.noArticle");
        }
        String q = SearchMisses.normalise(query);
        jdbc.sql("insert into search_deflections (article_id, user_id, query, language, created_at) "
                        + "values (?, ?, ?, ?, ?)")
                .params(articleId, actor.userId(), q.isEmpty() ? null : q, Analyzers.normalise(language),
                        Timestamp.from(clock.instant()))
                .update();
    }

    /** How many deflections were recorded since {@code since}. */
    @Transactional(readOnly = true)
    public long countSince(Instant since) {
        return jdbc.sql("select count(*) from search_deflections where created_at >= ?")
                .param(Timestamp.from(since)).query(Long.class).single();
    }
}
