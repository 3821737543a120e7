package io.resuelve.search;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.resuelve.kb.ArticleTranslation;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hibernate.search.mapper.orm.Search;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A commit does not wait for the index to reach the disk (Lucene's {@code read-sync}, the mail reader's asynchronous
 * indexing), so a process that dies may leave the last moments of changes out of the index. At every start-up, in
 * the background, the tickets and article translations changed in the last {@link #WINDOW} are indexed again.
 */
@Component
class IndexCatchUp {

    static final Duration WINDOW = Duration.ofMinutes(10);
    private static final Logger log = LoggerFactory.getLogger(IndexCatchUp.class);
    private static final int CHUNK = 500;

    @PersistenceContext
    private EntityManager entityManager;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Reindexing reindexing;
    private final SearchProperties properties;
    private final Clock clock;

    IndexCatchUp(JdbcTemplate jdbc, PlatformTransactionManager transactions, Reindexing reindexing,
            SearchProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.reindexing = reindexing;
        this.properties = properties;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onReady() {
        if (properties.reindex() || reindexing.indexIsEmpty()) {
            return; // the whole index is (re)built anyway, and adding beside a rebuild could index a ticket twice
        }
        Thread thread = new Thread(() -> {
            try {
                int indexed = catchUp(clock.instant().minus(WINDOW));
                if (indexed > 0) {
                    log.info("Search index caught up with {} recent changes", indexed);
                }
            } catch (RuntimeException e) {
                log.warn("The search index could not catch up with recent changes: {}", e.toString());
            }
        }, "search-catch-up");
        thread.setDaemon(true);
        thread.start();
    }

    /** Indexes again what changed since {@code since}; returns how many documents' entities were indexed. */
    int catchUp(Instant since) {
        if (reindexing.progress().running()) {
            return 0; // a rebuild reads everything
        }
        Timestamp from = Timestamp.from(since);
        List<Long> tickets = jdbc.queryForList("select id from tickets where last_activity_at >= ? or created_at >= ? "
                + "union select ticket_id from ticket_changes where changed_at >= ?", Long.class, from, from, from);
        List<Long> translations = jdbc.queryForList("select t.id from kb_article_translations t join kb_articles a on "
                + "a.id = t.article_id where t.updated_at >= ? or a.updated_at >= ?", Long.class, from, from);
        return index("select t from Ticket t where t.id in :ids", tickets)
                + index("select t from " + ArticleTranslation.class.getSimpleName() + " t where t.id in :ids",
                        translations);
    }

    private int index(String query, List<Long> ids) {
        int indexed = 0;
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            indexed += transaction.execute(status -> {
                List<?> entities = entityManager.createQuery(query, Object.class).setParameter("ids", chunk)
                        .getResultList();
                entities.forEach(entity -> Search.session(entityManager).indexingPlan().addOrUpdate(entity));
                return entities.size();
            });
        }
        return indexed;
    }
}
