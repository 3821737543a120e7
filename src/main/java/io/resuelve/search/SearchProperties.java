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
 * @param synchronization  when a committed change must be in the index: {@code write-sync} (default: the commit
 *                         returns once the index has it), {@code read-sync} (also visible to searches at once: for
 *                         tests on a cluster), {@code async}
 * @param fuzzyMaxWords    queries up to this many words that find nothing exactly are tried again tolerating typos
 *                         (one edit from 4 letters, two from 8)
 * @param requestTimeout   longest wait for a cluster answer
 */
@ConfigurationProperties("resuelve.search")
public record SearchProperties(@DefaultValue("lucene") Backend backend, Path directory,
        @DefaultValue("http://localhost:9200") List<String> uris, String username, String password,
        @DefaultValue("false") boolean reindex, @DefaultValue("true") boolean indexWhenEmpty,
        @DefaultValue("write-sync") String synchronization, @DefaultValue("4") int fuzzyMaxWords,
        @DefaultValue("10s") Duration requestTimeout) {

    /** The index back-ends Resuelve is tested with. */
    public enum Backend {
        LUCENE, ELASTICSEARCH
    }

    public SearchProperties {
        directory = directory == null ? Path.of("data", "index") : directory;
    }
}
