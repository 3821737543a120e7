package io.resuelve.mail;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;

import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.ExtensibleLockProvider;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.support.KeepAliveLockProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads the enabled IMAP mailboxes every {@code resuelve.mail.poll-interval} (and sooner when {@link MailboxIdler}
 * hears of new mail). A mailbox is read by one thread of one instance at a time: a lock per mailbox (ShedLock), so
 * instances share the mailboxes between them. At start-up the mailbox of the {@code resuelve.mail.imap.*} settings is
 * created or updated.
 */
@Component
class MailboxPoller {

    static final String LOCK = "mail-inbound-";
    /**
     * How long the lock of a reader that died (a crash, a kill) keeps others out: while a read runs, its lock is
     * renewed every few seconds, so a long read keeps it and a dead one frees it within this time.
     */
    private static final Duration DEAD_READER_LOCK = Duration.ofSeconds(30);
    private static final String CONFIGURED = "principal";

    private final MailboxRepository mailboxes;
    private final ImapFetcher fetcher;
    private final ImapProperties imap;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final LockingTaskExecutor locks;

    MailboxPoller(MailboxRepository mailboxes, ImapFetcher fetcher, ImapProperties imap,
            PlatformTransactionManager transactions, Clock clock, LockProvider lockProvider) {
        this.locks = new DefaultLockingTaskExecutor(lockProvider instanceof ExtensibleLockProvider extensible
                ? new KeepAliveLockProvider(extensible, Executors.newSingleThreadScheduledExecutor(runnable -> {
                    Thread thread = new Thread(runnable, "mail-read-lock");
                    thread.setDaemon(true);
                    return thread;
                }))
                : lockProvider);
        this.mailboxes = mailboxes;
        this.fetcher = fetcher;
        this.imap = imap;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(0)
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
    void pollAll() {
        for (Mailbox box : mailboxes.findByEnabledTrueOrderById()) {
            read(box.id());
        }
    }

    /**
     * Reads one mailbox now, unless another thread or instance is reading it already; returns whether it did.
     */
    boolean read(long mailboxId) {
        try {
            return locks.executeWithLock(() -> fetcher.fetch(mailboxId), new LockConfiguration(clock.instant(),
                    LOCK + mailboxId, DEAD_READER_LOCK, Duration.ZERO)).wasExecuted();
        } catch (Throwable e) {
            throw new IllegalStateException("Mailbox " + mailboxId + " could not be read", e);
        }
    }
}
