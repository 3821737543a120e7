package io.resuelve.accounts;

import io.resuelve.shared.Language;

/**
 * Someone tried to sign up with the e-mail of an existing account. The page says the same as for a new e-mail;
 * the owner of the address is told by mail that they already have an account and how to reset the password.
 */
public record SignUpForExistingAccount(Long userId, String email, String name, Language language) {
}
