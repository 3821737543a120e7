package io.resuelve.search;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * {@code --resuelve.search.reindex=true} rebuilds the index once the application is up, then it carries on
 * serving; a new, empty index is built in the background when the database already holds tickets or articles.
 */
@Component
class ReindexAtStartup {

    private static final Logger log = LoggerFactory.getLogger(ReindexAtStartup.class);

    private final Reindexing reindexing;
    private final SearchProperties properties;

    ReindexAtStartup(Reindexing reindexing, SearchProperties properties) {
        this.reindexing = reindexing;
        this.properties = properties;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onReady() {
        if (properties.reindex()) {
            log.info("Rebuilding the search index (resuelve.search.reindex=true)");
            Reindexing.Progress done = reindexing.runAndWait();
            log.info("Search index rebuilt: {} documents, {} per second", done.documents(),
                    done.rate(done.finishedAt()));
        } else if (properties.indexWhenEmpty() && reindexing.indexIsEmpty() && reindexing.databaseHasDocuments()) {
            log.info("The search index is empty: building it in the background");
            reindexing.start();
        }
    }
}
