package io.resuelve.shared;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings that belong to no single module.
 *
 * @param dataDir  directory holding the embedded database, attachments and search indexes
 * @param demoData whether an empty database is filled with demo organisations, people and tickets
 */
@ConfigurationProperties("resuelve")
public record ResuelveProperties(@DefaultValue("./data") Path dataDir, @DefaultValue("true") boolean demoData) {
}
