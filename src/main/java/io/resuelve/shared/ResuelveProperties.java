package io.resuelve.shared;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings that belong to no single module.
 *
 * @param dataDir  directory holding the embedded database, attachments and search indexes
 * @param demoData whether an empty database is filled with demo organisations, people and tickets
 * @param baseUrl  the address people reach Resuelve at, for links in mail (no trailing slash)
 */
@ConfigurationProperties("resuelve")
public record ResuelveProperties(@DefaultValue("./data") Path dataDir, @DefaultValue("true") boolean demoData,
        @DefaultValue("http://localhost:8080") String baseUrl) {

    /** An absolute link to a path of Resuelve, e.g. {@code link("/tickets/1001")}. */
    public String link(String path) {
        String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        return base + path;
    }
}
