package io.resuelve.accounts;

import java.time.Instant;

/** A personal API token as listed: never the token itself. */
public record ApiTokenView(Long id, String name, Instant createdAt, Instant lastUsedAt) {
}
