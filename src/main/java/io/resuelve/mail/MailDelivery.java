package io.resuelve.mail;

import java.time.Clock;
import java.util.Random;
import java.util.function.Consumer;

import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Limit;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends due mails, oldest first. Talks to SMTP outside any transaction, then records each mail's outcome in its own
 * transaction, so one bad mail or a slow server never holds up the others or a database connection. A crash between
 * sending and recording sends that mail again, with the same Message-ID.
 */
@Component
class MailDelivery {

    static final String LOCK = "mail-outbox";
    private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);
    // Small enough that a batch against a server that times out (10 s a mail) ends well within the lock.
    private static final int BATCH = 20;

    private final OutboxMailRepository mails;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final InternetAddress from;
    private final Backoff backoff;
    private final MailProperties properties;

    MailDelivery(OutboxMailRepository mails, TransactionTemplate transaction, MailProperties properties,
            Clock clock) {
        this.mails = mails;
        this.transaction = transaction;
        this.clock = clock;
        this.properties = properties;
        this.from = properties.sender();
        this.backoff = properties.backoff(new Random());
    }

    /** One batch of due mails; at most one instance runs it at a time. */
    @SchedulerLock(name = LOCK)
    public void sendDue(JavaMailSender sender) {
        for (OutboxMail mail : mails.findByStatusAndNextAttemptAtLessThanEqualOrderByIdAsc(MailStatus.PENDING,
                clock.instant(), Limit.of(BATCH))) {
            send(sender, mail);
        }
    }

    private void send(JavaMailSender sender, OutboxMail mail) {
        MimeMessage message;
        try {
            message = MimeMails.write(sender.createMimeMessage(), mail, from, properties.replyTo(mail.messageId()),
                    properties.domain(), clock.instant());
        } catch (Exception e) {
            log.warn("Mail {} cannot be sent and is given up: {}", mail.id(), e.toString());
            record(mail, m -> m.undeliverable(e.toString()));
            return;
        }
        try {
            sender.send(message);
        } catch (Exception e) {
            log.warn("Mail {} failed (attempt {}): {}", mail.id(), mail.attempts() + 1, e.toString());
            record(mail, m -> m.failed(e.toString(), clock.instant(), backoff));
            return;
        }
        record(mail, m -> m.sent(clock.instant()));
    }

    private void record(OutboxMail mail, Consumer<OutboxMail> outcome) {
        try {
            transaction.executeWithoutResult(status -> mails.findById(mail.id()).ifPresent(outcome));
        } catch (RuntimeException e) {
            log.error("Could not record the outcome of mail {}", mail.id(), e);
        }
    }
}
