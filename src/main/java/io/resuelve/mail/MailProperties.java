package io.resuelve.mail;

import java.time.Duration;
import java.util.random.RandomGenerator;

import jakarta.mail.internet.InternetAddress;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of outgoing mail; the SMTP server itself is Spring Boot's {@code spring.mail.*}.
 *
 * @param from           the support address mails come from ({@code RESUELVE_MAIL_FROM}); its domain ends every
 *                       Message-ID
 * @param fromName       the name shown with it, also used in the texts
 * @param sendInterval   the pause between two runs of the outbox worker
 * @param maxAttempts    failed attempts after which a mail is given up (DEAD)
 * @param initialBackoff the wait after the first failure; it doubles after each further one
 * @param maxBackoff     the longest wait between two attempts
 */
@ConfigurationProperties("resuelve.mail")
record MailProperties(@DefaultValue("soporte@resuelve.local") String from,
        @DefaultValue("Soporte Resuelve") String fromName, @DefaultValue("5s") Duration sendInterval,
        @DefaultValue("8") int maxAttempts, @DefaultValue("30s") Duration initialBackoff,
        @DefaultValue("1h") Duration maxBackoff) {

    /** The sender as it appears in the From header; throws when {@link #from()} is not a plain address. */
    InternetAddress sender() {
        return MailHeaders.mailbox(from, fromName);
    }

    /** The retry schedule these settings describe; throws when they make none. */
    Backoff backoff(RandomGenerator random) {
        return new Backoff(maxAttempts, initialBackoff, maxBackoff, random);
    }

    /** Where Message-IDs are minted: the domain of {@link #from()}. */
    String domain() {
        return from.substring(from.indexOf('@') + 1);
    }
}
