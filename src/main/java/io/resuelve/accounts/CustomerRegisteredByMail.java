package io.resuelve.accounts;

import java.time.Instant;

import io.resuelve.shared.Language;

/**
 * A customer account was created because an unknown address wrote to the help desk (seed 003): the person must
 * receive the link {@code /registro/verificar?token=…} to set their name and password (single use, only for this
 * address, expires at {@code expiresAt}), together with the number of the ticket their mail opened. Published inside
 * the transaction that stored the token and the ticket.
 */
public record CustomerRegisteredByMail(Long userId, String email, String name, Language language, long ticketNumber,
        String token, Instant expiresAt) {
}
