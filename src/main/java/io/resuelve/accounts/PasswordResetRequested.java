package io.resuelve.accounts;

import java.time.Instant;

import io.resuelve.shared.Language;

/**
 * "¿Olvidó su contraseña?" for an existing, enabled account: they must receive the link
 * {@code /contrasena/restablecer?token=…} (single use, expires at {@code expiresAt}, revoked when the password
 * changes). Nothing is published for unknown e-mails, and the page answers the same.
 */
public record PasswordResetRequested(Long userId, String email, String name, Language language, String token,
        Instant expiresAt) {
}
