package io.resuelve.accounts;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A single-use, expiring link sent by mail. Only the SHA-256 of the 256-bit token is stored. */
@Entity
@Table(name = "account_tokens")
class AccountToken {

    enum Purpose { VERIFY_EMAIL, RESET_PASSWORD }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long userId;

    @Enumerated(EnumType.STRING)
    private Purpose purpose;

    private String tokenHash;

    private Instant createdAt;

    private Instant expiresAt;

    private Instant usedAt;

    protected AccountToken() {
    }

    AccountToken(Long userId, Purpose purpose, String tokenHash, Instant now, Instant expiresAt) {
        this.userId = userId;
        this.purpose = purpose;
        this.tokenHash = tokenHash;
        this.createdAt = now;
        this.expiresAt = expiresAt;
    }

    boolean usableFor(Purpose wanted, Instant now) {
        return purpose == wanted && usedAt == null && now.isBefore(expiresAt);
    }

    void use(Instant now) {
        if (usedAt != null) {
            throw new IllegalStateException("Token already used");
        }
        usedAt = now;
    }

    Long userId() {
        return userId;
    }

    Instant expiresAt() {
        return expiresAt;
    }
}
