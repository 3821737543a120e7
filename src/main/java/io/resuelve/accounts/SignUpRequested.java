package io.resuelve.accounts;

import java.time.Instant;

import io.resuelve.shared.Language;

/**
 * Someone asked for an account with a new e-mail: they must receive the verification link
 * {@code /registro/verificar?token=…} (single use, expires at {@code expiresAt}). Published inside the transaction
 * that stored the token, so the mail is queued atomically with it.
 */
public record SignUpRequested(Long userId, String email, String name, Language language, String token,
        Instant expiresAt) {
}
