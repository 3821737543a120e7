package io.resuelve.accounts;

import java.time.Instant;

import io.resuelve.shared.Language;

/**
 * An admin invited an agent or admin: they must receive the link {@code /contrasena/restablecer?token=…} to choose
 * their password (single use, expires at {@code expiresAt}). Published in the transaction that created them.
 */
public record AgentInvited(Long userId, String email, String name, Language language, Role role,
        String invitedBy, String token, Instant expiresAt) {
}
