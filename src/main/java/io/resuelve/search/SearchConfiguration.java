package io.resuelve.search;

import java.util.Map;

import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Turns {@link SearchProperties} into Hibernate Search settings, so that {@code resuelve.search.*} is all an
 * operator sets. The mapping lives in this module: {@link TicketIndexBinder} (named on the Ticket entity) and
 * {@link ArticleMapping}.
 */
@Configuration(proxyBeanMethods = false)
class SearchConfiguration {

    /**
     * The Lucene indexes live in a sub-directory named after the mapping's layout. A change Lucene cannot apply to
     * existing documents (term vectors added to a field) gets a new name: the new, empty index is then built at
     * start-up ({@code index-when-empty}) instead of refusing the first changed ticket.
     */
    static final String LAYOUT = "v3";

    @Bean
    HibernatePropertiesCustomizer searchSettings(SearchProperties search) {
        return properties -> properties.putAll(settings(search));
    }

    static Map<String, Object> settings(SearchProperties search) {
        Map<String, Object> settings = new java.util.LinkedHashMap<>();
        settings.put("hibernate.search.indexing.plan.synchronization.strategy", search.synchronization());
        settings.put("hibernate.search.mapping.configurer", "class:" + ArticleMapping.class.getName());
        if (search.backend() == SearchProperties.Backend.ELASTICSEARCH) {
            settings.put("hibernate.search.backend.type", "elasticsearch");
            settings.put("hibernate.search.backend.uris", String.join(",", search.uris()));
            if (search.username() != null && !search.username().isBlank()) {
                settings.put("hibernate.search.backend.username", search.username());
                settings.put("hibernate.search.backend.password", search.password() == null ? "" : search.password());
            }
            settings.put("hibernate.search.backend.request_timeout", search.requestTimeout().toMillis());
            settings.put("hibernate.search.backend.analysis.configurer",
                    "class:" + ElasticsearchAnalyzers.class.getName());
        } else {
            settings.put("hibernate.search.backend.type", "lucene");
            settings.put("hibernate.search.backend.directory.type", "local-filesystem");
            settings.put("hibernate.search.backend.lucene_version", "LATEST");
            // A reindex writes a million documents: a larger buffer than the default 16 MB means fewer, larger
            // segments to merge afterwards.
            settings.put("hibernate.search.backend.io.writer.ram_buffer_size", "64");
            settings.put("hibernate.search.backend.directory.root",
                    search.directory().resolve(LAYOUT).toAbsolutePath().toString());
            settings.put("hibernate.search.backend.analysis.configurer", "class:" + LuceneAnalyzers.class.getName());
        }
        return settings;
    }
}
