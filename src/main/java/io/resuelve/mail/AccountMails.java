package io.resuelve.mail;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.Map;

import io.resuelve.accounts.AccountManagement;
import io.resuelve.accounts.AgentInvited;
import io.resuelve.accounts.CustomerRegisteredByMail;
import io.resuelve.accounts.PasswordResetRequested;
import io.resuelve.accounts.SignUpForExistingAccount;
import io.resuelve.accounts.SignUpRequested;
import io.resuelve.accounts.UserView;
import io.resuelve.shared.Language;
import io.resuelve.shared.ResuelveProperties;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The mails of signing up and resetting a password. Plain synchronous listeners: the mail is queued in the
 * transaction that stored the token, so there is never a token without its mail, nor a mail without its token.
 */
@Component
class AccountMails {

    private final MailOutbox outbox;
    private final AccountManagement accounts;
    private final ResuelveProperties resuelve;

    AccountMails(MailOutbox outbox, AccountManagement accounts, ResuelveProperties resuelve) {
        this.outbox = outbox;
        this.accounts = accounts;
        this.resuelve = resuelve;
    }

    @EventListener
    void on(SignUpRequested event) {
        outbox.enqueue(new OutgoingMail(event.email(), event.name(), event.language(), Audience.CUSTOMER,
                "verify-email", Map.of("link", resuelve.link("/registro/verificar?token=" + encode(event.token())),
                        "expires", expiry(event.expiresAt(), event.userId(), event.language())),
                MailKind.AUTO_GENERATED));
    }

    /** Seed 003: the first mail of an unknown address registered them; the link completes their account. */
    @EventListener
    void on(CustomerRegisteredByMail event) {
        outbox.enqueue(new OutgoingMail(event.email(), event.name(), event.language(), Audience.CUSTOMER,
                "mail-sign-up", Map.of("link", resuelve.link("/registro/verificar?token=" + encode(event.token())),
                        "number", event.ticketNumber(),
                        "expires", expiry(event.expiresAt(), event.userId(), event.language())),
                MailKind.AUTO_GENERATED));
    }

    @EventListener
    void on(SignUpForExistingAccount event) {
        outbox.enqueue(new OutgoingMail(event.email(), event.name(), event.language(), Audience.CUSTOMER,
                "existing-account", Map.of("loginLink", resuelve.link("/login"), "resetLink",
                        resuelve.link("/contrasena/olvido")),
                MailKind.AUTO_GENERATED));
    }

    @EventListener
    void on(PasswordResetRequested event) {
        outbox.enqueue(new OutgoingMail(event.email(), event.name(), event.language(), Audience.CUSTOMER,
                "password-reset", Map.of("link", resuelve.link("/contrasena/restablecer?token="
                        + encode(event.token())), "expires", expiry(event.expiresAt(), event.userId(),
                                event.language())),
                MailKind.AUTO_GENERATED));
    }

    /** An admin invited an agent: the link lets them choose their password, then sign in. */
    @EventListener
    void on(AgentInvited event) {
        outbox.enqueue(new OutgoingMail(event.email(), event.name(), event.language(), Audience.AGENT,
                "invitation", Map.of("link", resuelve.link("/contrasena/restablecer?token=" + encode(event.token())),
                        "loginLink", resuelve.link("/login"), "email", event.email(),
                        "role", event.role().name(), "invitedBy", event.invitedBy(),
                        "expires", expiry(event.expiresAt(), event.userId(), event.language())),
                MailKind.AUTO_GENERATED));
    }

    /**
     * When a link stops working, as a date and time in the person's time zone, e.g. "2 de marzo de 2026 8:00 (hora de
     * Colombia)": a date rather than "in 24 hours" stays right however late the mail is delivered.
     */
    private String expiry(Instant expiresAt, Long userId, Language language) {
        ZoneId zone = accounts.user(userId).map(UserView::timeZone).map(ZoneId::of).orElse(ZoneId.of("UTC"));
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                .withLocale(language.locale()).format(expiresAt.atZone(zone))
                + " (" + zone.getDisplayName(TextStyle.FULL, language.locale()) + ")";
    }

    private static String encode(String token) {
        return URLEncoder.encode(token, StandardCharsets.UTF_8);
    }
}
