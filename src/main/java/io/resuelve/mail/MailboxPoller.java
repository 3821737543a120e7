package io.resuelve.mail;

import java.time.Clock;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads the enabled IMAP mailboxes every {@code resuelve.mail.poll-interval}, one instance at a time (ShedLock).
 * At start-up the mailbox of the {@code resuelve.mail.imap.*} settings is created or updated.
 */
@Component
class MailboxPoller {

    static final String LOCK = "mail-inbound-poll";
    private static final String CONFIGURED = "principal";

    private final MailboxRepository mailboxes;
    private final ImapFetcher fetcher;
    private final ImapProperties imap;
    private final TransactionTemplate transaction;
    private final Clock clock;

    MailboxPoller(MailboxRepository mailboxes, ImapFetcher fetcher, ImapProperties imap,
            PlatformTransactionManager transactions, Clock clock) {
        this.mailboxes = mailboxes;
        this.fetcher = fetcher;
        this.imap = imap;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void configure() {
        if (!imap.configured()) {
            return;
        }
        transaction.executeWithoutResult(status -> mailboxes.findByName(CONFIGURED).ifPresentOrElse(
                box -> box.configure(imap.host(), imap.port(), imap.ssl(), imap.username(), imap.password(),
                        imap.folder()),
                () -> mailboxes.save(new Mailbox(CONFIGURED, imap.host(), imap.port(), imap.ssl(), imap.username(),
                        imap.password(), imap.folder(), clock.instant()))));
    }

    @Scheduled(fixedDelayString = "${resuelve.mail.poll-interval:60s}", initialDelayString = "${resuelve.mail.poll-interval:60s}")
    @SchedulerLock(name = LOCK)
    void pollAll() {
        for (Mailbox box : mailboxes.findByEnabledTrueOrderById()) {
            fetcher.fetch(box.id());
        }
    }
}
