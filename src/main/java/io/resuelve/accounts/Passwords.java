package io.resuelve.accounts;

import java.util.Locale;

import io.resuelve.shared.InvalidInputException;
import io.resuelve.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "¿Olvidó su contraseña?" and password changes. Reset links are single-use, expire, and are revoked whenever
 * the password changes; the answer is the same for known and unknown e-mails.
 */
@Service
@Transactional
public class Passwords {

    private final UserRepository users;
    private final AccountTokens tokens;
    private final PasswordPolicy policy;
    private final AccountsProperties properties;
    private final ApplicationEventPublisher events;

    Passwords(UserRepository users, AccountTokens tokens, PasswordPolicy policy, AccountsProperties properties,
            ApplicationEventPublisher events) {
        this.users = users;
        this.tokens = tokens;
        this.policy = policy;
        this.properties = properties;
        this.events = events;
    }

    /** Sends a reset link when the e-mail belongs to an enabled account; does nothing visible otherwise. */
    public void requestReset(String email) {
        if (email == null || email.isBlank() || email.length() > 320) {
            return;
        }
        users.findByEmail(email.trim().toLowerCase(Locale.ROOT)).filter(UserAccount::enabled).ifPresent(user -> {
            AccountTokens.Issued issued = tokens.issue(user.id(), AccountToken.Purpose.RESET_PASSWORD,
                    properties.resetValidity());
            events.publishEvent(new PasswordResetRequested(user.id(), user.email(), user.name(), user.language(),
                    issued.token(), issued.expiresAt()));
        });
    }

    @Transactional(readOnly = true)
    public boolean resetLinkValid(String token) {
        return tokens.find(token, AccountToken.Purpose.RESET_PASSWORD).isPresent();
    }

    /** Sets a new password with a reset link, using it up along with every other open link of that person. */
    public UserView reset(String token, String newPassword) {
        AccountToken link = tokens.find(token, AccountToken.Purpose.RESET_PASSWORD)
                .orElseThrow(() -> new NotFoundException("error.token.invalid"));
        UserAccount user = users.findById(link.userId()).orElseThrow();
        user.changePasswordHash(policy.hash(newPassword));
        user.markVerified();
        tokens.redeem(link, AccountToken.Purpose.RESET_PASSWORD);
        return user.view();
    }

    /** A signed-in person changes their password; the current one is asked for. Open reset links die. */
    public void change(Actor actor, String currentPassword, String newPassword) {
        UserAccount user = users.findById(actor.userId()).orElseThrow();
        if (!policy.matches(currentPassword, user.passwordHash())) {
            throw new InvalidInputException("currentPassword", "error.password.currentWrong");
        }
        user.changePasswordHash(policy.hash(newPassword));
        tokens.revokeAll(user.id(), AccountToken.Purpose.RESET_PASSWORD);
    }
}
