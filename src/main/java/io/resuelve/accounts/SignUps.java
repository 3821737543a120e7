package io.resuelve.accounts;

import java.time.Clock;
import java.util.Optional;

import io.resuelve.shared.InvalidInputException;
import io.resuelve.shared.Language;
import io.resuelve.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Seed 000 "Cómo crear una cuenta": name and e-mail → a verification mail with a single-use, expiring link →
 * choose a password → signed in. The answer never tells whether an e-mail already had an account.
 */
@Service
@Transactional
public class SignUps {

    private final UserRepository users;
    private final OrganisationRepository organisations;
    private final AccountTokens tokens;
    private final PasswordPolicy passwords;
    private final AccountsProperties properties;
    private final ApplicationEventPublisher events;
    private final NewUserDefaults defaults;
    private final Clock clock;

    SignUps(UserRepository users, OrganisationRepository organisations, AccountTokens tokens, PasswordPolicy passwords,
            AccountsProperties properties, ApplicationEventPublisher events, Clock clock, NewUserDefaults defaults) {
        this.users = users;
        this.organisations = organisations;
        this.tokens = tokens;
        this.passwords = passwords;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
        this.defaults = defaults;
    }

    /** A person without an account yet, as the verification page greets them. */
    public record PendingSignUp(String email, String name) {
    }

    /**
     * Starts a sign-up. A new address gets an unverified customer and a verification link; an address whose
     * account never got a password (created by an agent or by mail) gets a link to claim it; an existing account
     * is told so by mail. Invalid input is refused; everything else looks the same to the caller.
     */
    public void request(String name, String email, Language language) {
        String cleanName = AccountManagement.required("name", name, 200);
        EmailAddress address = EmailAddress.of(email);
        Optional<UserAccount> existing = users.findByEmail(address.value());
        if (existing.isPresent() && existing.get().hasPassword()) {
            UserAccount user = existing.get();
            if (user.enabled()) {
                events.publishEvent(new SignUpForExistingAccount(user.id(), user.email(), user.name(),
                        user.language()));
            }
            return;
        }
        UserAccount user = existing.orElseGet(() -> users.save(new UserAccount(cleanName, address, Role.CUSTOMER,
                null, language == null ? defaults.language() : language, defaults.timeZone(), clock.instant())));
        if (!user.enabled()) {
            return;
        }
        tokens.revokeAll(user.id(), AccountToken.Purpose.VERIFY_EMAIL);
        AccountTokens.Issued issued = tokens.issue(user.id(), AccountToken.Purpose.VERIFY_EMAIL,
                properties.verificationValidity());
        events.publishEvent(new SignUpRequested(user.id(), user.email(), cleanName,
                language == null ? user.language() : language, issued.token(), issued.expiresAt()));
    }

    /**
     * Seed 003: someone unknown wrote to the help desk, which created their customer account and ticket
     * {@code ticketNumber}. They receive a link to complete the account (name and password), valid only for that
     * address and for {@code resuelve.accounts.mail-sign-up-validity}. Nothing happens for an account that already
     * has a password or is disabled.
     */
    public void inviteMailSender(Long userId, long ticketNumber) {
        UserAccount user = users.findById(userId).orElseThrow(() -> new NotFoundException("error.user.notFound"));
        if (user.hasPassword() || !user.enabled()) {
            return;
        }
        tokens.revokeAll(user.id(), AccountToken.Purpose.VERIFY_EMAIL);
        AccountTokens.Issued issued = tokens.issue(user.id(), AccountToken.Purpose.VERIFY_EMAIL,
                properties.mailSignUpValidity());
        events.publishEvent(new CustomerRegisteredByMail(user.id(), user.email(), user.name(), user.language(),
                ticketNumber, issued.token(), issued.expiresAt()));
    }

    /** Who a verification link is for, while it is valid. */
    @Transactional(readOnly = true)
    public Optional<PendingSignUp> pending(String token) {
        return tokens.find(token, AccountToken.Purpose.VERIFY_EMAIL)
                .flatMap(t -> users.findById(t.userId()))
                .map(user -> new PendingSignUp(user.email(), user.name()));
    }

    /**
     * Completes a sign-up: sets name and password, marks the address verified, joins the organisation whose
     * domain matches it, and uses up the link. Returns the person to sign in.
     */
    public UserView complete(String token, String name, String password) {
        AccountToken link = tokens.find(token, AccountToken.Purpose.VERIFY_EMAIL)
                .orElseThrow(() -> new NotFoundException("error.token.invalid"));
        UserAccount user = users.findById(link.userId()).orElseThrow();
        if (name != null && !name.isBlank()) {
            user.rename(AccountManagement.required("name", name, 200));
        }
        if (password == null || password.isEmpty()) {
            throw new InvalidInputException("password", "error.field.required", "password");
        }
        user.changePasswordHash(passwords.hash(password));
        user.markVerified();
        organisations.findByDomain(EmailAddress.of(user.email()).domain())
                .ifPresent(org -> user.joinOrganisation(org.id()));
        tokens.redeem(link, AccountToken.Purpose.VERIFY_EMAIL);
        return user.view();
    }
}
