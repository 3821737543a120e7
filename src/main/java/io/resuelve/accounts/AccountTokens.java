package io.resuelve.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.stereotype.Component;

/** Issues and redeems {@link AccountToken}s. */
@Component
class AccountTokens {

    private final AccountTokenRepository tokens;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    AccountTokens(AccountTokenRepository tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    record Issued(String token, Instant expiresAt) {
    }

    Issued issue(Long userId, AccountToken.Purpose purpose, Duration validity) {
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant now = clock.instant();
        AccountToken saved = tokens.save(new AccountToken(userId, purpose, hash(token), now, now.plus(validity)));
        return new Issued(token, saved.expiresAt());
    }

    /** The token if it exists, has this purpose, is unused and unexpired. */
    Optional<AccountToken> find(String token, AccountToken.Purpose purpose) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return tokens.findByTokenHash(hash(token)).filter(t -> t.usableFor(purpose, now));
    }

    /** Uses the token and revokes every other open token of the same purpose for that person. */
    void redeem(AccountToken token, AccountToken.Purpose purpose) {
        token.use(clock.instant());
        tokens.revokeOthers(token.userId(), purpose, clock.instant());
    }

    void revokeAll(Long userId, AccountToken.Purpose purpose) {
        tokens.revokeOthers(userId, purpose, clock.instant());
    }

    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

interface AccountTokenRepository extends JpaRepository<AccountToken, Long> {

    Optional<AccountToken> findByTokenHash(String tokenHash);

    List<AccountToken> findByUserId(Long userId);

    @Modifying
    @Query("update AccountToken t set t.usedAt = :now where t.userId = :userId and t.purpose = :purpose "
            + "and t.usedAt is null")
    int revokeOthers(Long userId, AccountToken.Purpose purpose, Instant now);
}
