package io.resuelve.accounts;

import io.resuelve.shared.InvalidInputException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/** Length rules and the adaptive hash, in one place for every way a password is set. */
@Component
class PasswordPolicy {

    static final int MIN_LENGTH = 8;
    static final int MAX_LENGTH = 128;

    private final PasswordEncoder encoder;

    PasswordPolicy(PasswordEncoder encoder) {
        this.encoder = encoder;
    }

    String hash(String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw new InvalidInputException("password", "error.password.tooShort", MIN_LENGTH);
        }
        if (password.length() > MAX_LENGTH) {
            throw new InvalidInputException("password", "error.password.tooLong", MAX_LENGTH);
        }
        return encoder.encode(password);
    }

    boolean matches(String password, String hash) {
        return password != null && hash != null && encoder.matches(password, hash);
    }
}
