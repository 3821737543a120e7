package io.resuelve.search;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the search module (documented in README.md, "Search").
 *
 * @param backend          where the index lives: {@code lucene} (a directory on this machine, the default) or
 *                         {@code elasticsearch} (an Elasticsearch or OpenSearch cluster)
 * @param directory        the Lucene index directory (default: {@code index} under the data directory)
 * @param uris             the Elasticsearch/OpenSearch addresses, for {@code backend=elasticsearch}
 * @param username         the cluster user, if it asks for one
 * @param password         the cluster password
 * @param reindex          rebuild the whole index at start-up, then carry on serving
 *                         ({@code --resuelve.search.reindex=true})
 * @param indexWhenEmpty   build the index at start-up when it holds no document (first start, new directory)
 * @param synchronization  what a commit waits for: {@code read-sync} (default on Lucene: the change is applied and
 *                         visible to searches at once; the index files are made durable every second, and
 *                         {@link IndexCatchUp} indexes the last minutes again at start-up after a crash),
 *                         {@code write-sync} (default on a cluster: the cluster has stored the change and shows it
 *                         within its refresh interval, 1 s; on Lucene also every commit waits for the disk),
 *                         {@code sync} (both), {@code async} (nothing)
 * @param fuzzyMaxWords    queries up to this many words that find nothing exactly are tried again tolerating typos
 *                         (one edit from 4 letters, two from 8)
 * @param requestTimeout   longest wait for a cluster answer
 */
@ConfigurationProperties("resuelve.search")
public record SearchProperties(@DefaultValue("lucene") Backend backend, Path directory,
        @DefaultValue("http://localhost:9200") List<String> uris, String username, String password,
        @DefaultValue("false") boolean reindex, @DefaultValue("true") boolean indexWhenEmpty,
        String synchronization, @DefaultValue("4") int fuzzyMaxWords,
        @DefaultValue("10s") Duration requestTimeout) {

    /** The index back-ends Resuelve is tested with. */
    public enum Backend {
        LUCENE, ELASTICSEARCH
    }

    public SearchProperties {
        directory = directory == null ? Path.of("data", "index") : directory;
        if (synchronization == null || synchronization.isBlank()) {
            // Lucene refreshes its reader in milliseconds: waiting for that, not for the disk, keeps filing a ticket
            // quick and makes it searchable at once. A cluster's refresh takes up to a second: no write waits for it.
            synchronization = backend == Backend.ELASTICSEARCH ? "write-sync" : "read-sync";
        }
    }
}
