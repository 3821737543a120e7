package io.resuelve.accounts;

/** A token just created; {@code token} is shown to its owner this once and cannot be read again. */
public record CreatedApiToken(Long id, String name, String token) {
}
