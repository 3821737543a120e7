package io.resuelve.accounts;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A personal API token. Only the SHA-256 of the token is stored; the token itself is shown once. */
@Entity
@Table(name = "api_tokens")
class ApiToken {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long userId;

    private String name;

    private String tokenHash;

    private Instant createdAt;

    private Instant lastUsedAt;

    protected ApiToken() {
    }

    ApiToken(Long userId, String name, String tokenHash, Instant now) {
        this.userId = userId;
        this.name = name;
        this.tokenHash = tokenHash;
        this.createdAt = now;
    }

    Long id() {
        return id;
    }

    Long userId() {
        return userId;
    }

    void used(Instant now) {
        this.lastUsedAt = now;
    }

    ApiTokenView view() {
        return new ApiTokenView(id, name, createdAt, lastUsedAt);
    }
}
