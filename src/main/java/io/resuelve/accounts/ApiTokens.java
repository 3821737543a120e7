package io.resuelve.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import io.resuelve.shared.ForbiddenException;
import io.resuelve.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens ({@code Authorization: Bearer rsv_…}): 256 random bits, shown once, stored as SHA-256 (a
 * slow hash adds nothing for a secret this long), revocable by their owner.
 */
@Service
@Transactional(readOnly = true)
public class ApiTokens {

    private static final String PREFIX = "rsv_";

    private final ApiTokenRepository tokens;
    private final UserRepository users;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    ApiTokens(ApiTokenRepository tokens, UserRepository users, Clock clock) {
        this.tokens = tokens;
        this.users = users;
        this.clock = clock;
    }

    /** Creates a token for the actor; the returned value is the only time the token can be read. */
    @Transactional
    public CreatedApiToken create(Actor owner, String name) {
        if (owner.isSystem()) {
            throw new ForbiddenException("error.forbidden");
        }
        String label = AccountManagement.required("name", name, 100);
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        ApiToken saved = tokens.save(new ApiToken(owner.userId(), label, sha256(token), clock.instant()));
        return new CreatedApiToken(saved.id(), label, token);
    }

    public List<ApiTokenView> list(Actor owner) {
        return tokens.findByUserIdOrderByIdDesc(owner.userId()).stream().map(ApiToken::view).toList();
    }

    /** Revokes one of the owner's tokens; someone else's token is "not found". */
    @Transactional
    public void revoke(Actor owner, Long tokenId) {
        ApiToken token = tokens.findById(tokenId)
                .filter(t -> t.userId().equals(owner.userId()))
                .orElseThrow(() -> new NotFoundException("error.token.notFound"));
        tokens.delete(token);
    }

    /** The principal a bearer token stands for, when the token exists and its owner is enabled. */
    @Transactional
    public Optional<ResuelvePrincipal> authenticate(String token) {
        if (token == null || !token.startsWith(PREFIX)) {
            return Optional.empty();
        }
        return tokens.findByTokenHash(sha256(token)).flatMap(apiToken -> {
            apiToken.used(clock.instant());
            return users.findById(apiToken.userId());
        }).filter(UserAccount::enabled).map(user -> new ResuelvePrincipal(user, null));
    }

    private static String sha256(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
