package io.resuelve.support;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * One real PostgreSQL server (embedded binaries, started once per JVM, stopped by the library's own shutdown hook)
 * for the tests that run on it.
 */
public final class EmbeddedPostgres {

    private static io.zonky.test.db.postgres.embedded.EmbeddedPostgres server;

    private EmbeddedPostgres() {
    }

    public static synchronized void register(DynamicPropertyRegistry registry) {
        if (server == null) {
            try {
                server = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
            }
        }
        registry.add("spring.datasource.url", () -> server.getJdbcUrl("postgres", "postgres"));
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "postgres");
        // The server stops in its own JVM shutdown hook, possibly before Spring closes the context: whatever still
        // asks for a connection then must give up quickly rather than hold the JVM's exit for 30 s.
        registry.add("spring.datasource.hikari.connection-timeout", () -> "2000");
    }
}
