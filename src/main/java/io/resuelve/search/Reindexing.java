package io.resuelve.search;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingMonitor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Rebuilds the whole index from the database (tickets and article translations), one run at a time, with progress
 * an admin page polls. Searches keep working meanwhile; documents reappear as they are rebuilt.
 */
@Service
public class Reindexing {

    private static final Logger log = LoggerFactory.getLogger(Reindexing.class);

    /** Entities loaded, and their messages read, per query during a reindex. */
    static final int BATCH = 200;

    private final EntityManagerFactory entityManagerFactory;
    private final Clock clock;
    private final AtomicReference<Progress> last = new AtomicReference<>(Progress.idle());
    private final AtomicLong total = new AtomicLong();
    private final AtomicLong done = new AtomicLong();

    Reindexing(EntityManagerFactory entityManagerFactory, Clock clock) {
        this.entityManagerFactory = entityManagerFactory;
        this.clock = clock;
    }

    public enum State {
        IDLE, RUNNING, DONE, FAILED
    }

    /**
     * Where a reindex stands.
     *
     * @param documents documents written so far
     * @param total     documents to write (known once the entities are counted; 0 before)
     */
    public record Progress(State state, long documents, long total, Instant startedAt, Instant finishedAt,
            String error) {

        static Progress idle() {
            return new Progress(State.IDLE, 0, 0, null, null, null);
        }

        public boolean running() {
            return state == State.RUNNING;
        }

        public int percent() {
            if (state == State.DONE) {
                return 100;
            }
            return total <= 0 ? 0 : (int) Math.min(99, documents * 100 / total);
        }

        /** Documents per second so far (or for the whole run once finished). */
        public long rate(Instant now) {
            if (startedAt == null) {
                return 0;
            }
            Duration took = Duration.between(startedAt, finishedAt != null ? finishedAt : now);
            return took.toMillis() <= 0 ? documents : documents * 1000 / took.toMillis();
        }
    }

    public Progress progress() {
        Progress p = last.get();
        return p.running() ? new Progress(State.RUNNING, done.get(), total.get(), p.startedAt(), null, null) : p;
    }

    /** Starts a reindex in the background; false when one is already running. */
    public synchronized boolean start() {
        if (last.get().running()) {
            return false;
        }
        begin();
        Thread worker = new Thread(this::run, "search-reindex");
        worker.setDaemon(true);
        worker.start();
        return true;
    }

    /** Reindexes in this thread and returns how it ended (the command-line switch, benchmarks). */
    public Progress runAndWait() {
        synchronized (this) {
            if (last.get().running()) {
                throw new IllegalStateException("A reindex is already running");
            }
            begin();
        }
        run();
        return progress();
    }

    private void begin() {
        total.set(0);
        done.set(0);
        last.set(new Progress(State.RUNNING, 0, 0, clock.instant(), null, null));
    }

    private void run() {
        Instant started = last.get().startedAt();
        try (EntityManager entityManager = entityManagerFactory.createEntityManager()) {
            // Two loading threads keep the index writer (one per index, where the text is analysed) busy on two
            // cores; a batch's messages are read in one query (TicketThreads).
            Search.session(entityManager).massIndexer().purgeAllOnStart(true).mergeSegmentsOnFinish(true)
                    .typesToIndexInParallel(1).threadsToLoadObjects(2).batchSizeToLoadObjects(BATCH)
                    .idFetchSize(5_000).environment(new TicketThreads()).monitor(new Monitor()).startAndWait();
            last.set(new Progress(State.DONE, done.get(), Math.max(total.get(), done.get()), started,
                    clock.instant(), null));
            log.info("Search index rebuilt: {} documents", done.get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fail(started, e);
        } catch (RuntimeException e) {
            fail(started, e);
        }
    }

    private void fail(Instant started, Exception e) {
        log.error("Rebuilding the search index failed", e);
        last.set(new Progress(State.FAILED, done.get(), total.get(), started, clock.instant(),
                e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
    }

    /** Whether the index holds no document at all (a first start, or a new index directory). */
    public boolean indexIsEmpty() {
        try (EntityManager entityManager = entityManagerFactory.createEntityManager()) {
            var session = Search.session(entityManager);
            return session.search(session.scope(Object.class, List.of("Ticket", "ArticleTranslation")))
                    .where(f -> f.matchAll()).fetchTotalHitCount() == 0;
        }
    }

    /** Whether the database holds anything to index. */
    public boolean databaseHasDocuments() {
        try (EntityManager entityManager = entityManagerFactory.createEntityManager()) {
            Long tickets = entityManager.createQuery("select count(t) from Ticket t", Long.class).getSingleResult();
            Long articles = entityManager.createQuery("select count(a) from ArticleTranslation a", Long.class)
                    .getSingleResult();
            return tickets + articles > 0;
        }
    }

    private final class Monitor implements MassIndexingMonitor {

        private long lastLogged;

        @Override
        public void documentsAdded(long increment) {
            long now = done.addAndGet(increment);
            if (now - lastLogged >= 50_000) {
                lastLogged = now;
                log.info("Search reindex: {} of {} documents", now, total.get());
            }
        }

        @Override
        public void documentsBuilt(long increment) {
        }

        @Override
        public void entitiesLoaded(long increment) {
        }

        @Override
        public void addToTotalCount(long count) {
            total.addAndGet(count);
        }

        @Override
        public void indexingCompleted() {
        }
    }
}
