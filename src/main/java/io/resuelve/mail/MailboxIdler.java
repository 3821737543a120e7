package io.resuelve.mail;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import jakarta.mail.Folder;
import jakarta.mail.MessagingException;
import jakarta.mail.Store;
import jakarta.mail.event.MessageCountAdapter;
import jakarta.mail.event.MessageCountEvent;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IMAPStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * IMAP IDLE: one connection per enabled mailbox whose server supports it waits for the server to announce new mail,
 * which is then read at once ({@link MailboxPoller#read(long)}, under the mailbox's lock) instead of at the next poll.
 * Polling goes on regardless, so mail is never missed when a connection drops; a mailbox whose server lacks IDLE is
 * simply polled. Every minute the watchers are matched to the mailboxes (added, changed, disabled ones) and an IDLE
 * older than {@link #RENEW_AFTER} is renewed, well before the 29 minutes after which servers may drop it (RFC 2177).
 */
@Component
class MailboxIdler implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(MailboxIdler.class);
    static final Duration RENEW_AFTER = Duration.ofMinutes(10);
    /** Longer than {@link #RENEW_AFTER}: a quiet IDLE is not a dead connection. */
    private static final int IDLE_READ_TIMEOUT = (int) Duration.ofMinutes(15).toMillis();
    private static final Duration FIRST_RETRY = Duration.ofSeconds(5);
    private static final Duration LAST_RETRY = Duration.ofMinutes(5);

    private final MailboxRepository mailboxes;
    private final MailboxPoller poller;
    private final MailProperties properties;
    private final Map<Long, Watcher> watchers = new ConcurrentHashMap<>();
    /** Reads are queued here one at a time, so a burst of announcements does not start a burst of reads. */
    private final ExecutorService reads = Executors.newSingleThreadExecutor(daemon("mail-idle-read"));
    /** Mailboxes with a read waiting in {@link #reads}. */
    private final java.util.Set<Long> queued = ConcurrentHashMap.newKeySet();
    private volatile boolean running;

    MailboxIdler(MailboxRepository mailboxes, MailboxPoller poller, MailProperties properties) {
        this.mailboxes = mailboxes;
        this.poller = poller;
        this.properties = properties;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(10)
    void startWatching() {
        running = true;
        reconcile();
    }

    /** Starts, restarts and stops watchers to match the mailboxes, and renews long IDLEs. */
    @Scheduled(fixedDelayString = "60s", initialDelayString = "60s")
    void reconcile() {
        if (!running || !properties.idle()) {
            return;
        }
        List<Mailbox> enabled = mailboxes.findByEnabledTrueOrderById();
        Map<Long, String> wanted = new ConcurrentHashMap<>();
        enabled.forEach(box -> wanted.put(box.id(), signature(box)));
        watchers.forEach((id, watcher) -> {
            if (!Objects.equals(wanted.get(id), watcher.signature) || watcher.finished) {
                watcher.stop();
                watchers.remove(id, watcher);
            }
        });
        for (Mailbox box : enabled) {
            Watcher watcher = watchers.get(box.id());
            if (watcher == null && !wanted.get(box.id()).equals(unsupported.get(box.id()))) {
                watchers.put(box.id(), Watcher.start(this, box));
            } else if (watcher != null) {
                watcher.renewIfOlderThan(RENEW_AFTER);
            }
        }
    }

    /** Mailboxes (by their settings' signature) whose server said it has no IDLE: polled only, not asked again. */
    private final Map<Long, String> unsupported = new ConcurrentHashMap<>();

    /** Whether a watcher is listening on the mailbox right now (for tests and the admin page). */
    boolean watching(long mailboxId) {
        Watcher watcher = watchers.get(mailboxId);
        return watcher != null && watcher.idling;
    }

    /**
     * New mail was announced: read the mailbox soon; if someone is reading it already, try again shortly. A burst of
     * announcements (mail arriving faster than it is read) makes one more read after the current one, not one each.
     */
    void announce(long mailboxId) {
        if (!queued.add(mailboxId)) {
            return; // a read of this mailbox is waiting already and will see this mail too
        }
        reads.execute(() -> {
            queued.remove(mailboxId); // from here on, a new announcement queues the next read
            for (int attempt = 0; attempt < 5 && running; attempt++) {
                try {
                    if (poller.read(mailboxId)) {
                        return;
                    }
                    Thread.sleep(2000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                } catch (RuntimeException e) {
                    log.warn("Mailbox {} could not be read after IDLE: {}", mailboxId, e.toString());
                    return;
                }
            }
        });
    }

    @Override
    public void start() {
        // Watching starts once the application is ready (and the configured mailbox exists), not here.
    }

    @Override
    public void stop() {
        running = false;
        watchers.values().forEach(Watcher::stop);
        watchers.clear();
        reads.shutdownNow();
        try {
            reads.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private static String signature(Mailbox box) {
        return box.host() + ":" + box.port() + ":" + box.ssl() + ":" + box.username() + ":" + box.folder() + ":"
                + Integer.toHexString(Objects.hashCode(box.password()));
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    /** One mailbox's IDLE connection, on its own daemon thread, reconnecting with growing pauses after errors. */
    private static final class Watcher implements Runnable {

        private final MailboxIdler idler;
        private final long mailboxId;
        private final String name;
        private final String host;
        private final int port;
        private final boolean ssl;
        private final String username;
        private final String password;
        private final String folderName;
        final String signature;
        private volatile boolean stopped;
        volatile boolean finished;
        volatile boolean idling;
        private volatile Folder folder;
        private volatile long idleSince;

        private Watcher(MailboxIdler idler, Mailbox box) {
            this.idler = idler;
            this.mailboxId = box.id();
            this.name = box.name();
            this.host = box.host();
            this.port = box.port();
            this.ssl = box.ssl();
            this.username = box.username();
            this.password = box.password();
            this.folderName = box.folder();
            this.signature = signature(box);
        }

        static Watcher start(MailboxIdler idler, Mailbox box) {
            Watcher watcher = new Watcher(idler, box);
            daemon("mail-idle-" + box.id()).newThread(watcher).start();
            return watcher;
        }

        @Override
        public void run() {
            Duration pause = FIRST_RETRY;
            while (!stopped) {
                try {
                    watch();
                    pause = FIRST_RETRY;
                } catch (MessagingException | RuntimeException e) {
                    if (stopped) {
                        break;
                    }
                    log.info("IDLE on mailbox {} interrupted ({}); reconnecting in {} s (polling continues)", name,
                            e.toString(), pause.toSeconds());
                    sleep(pause);
                    pause = pause.multipliedBy(2).compareTo(LAST_RETRY) > 0 ? LAST_RETRY : pause.multipliedBy(2);
                }
            }
            finished = true;
        }

        private void watch() throws MessagingException {
            try (Store store = ImapFetcher.session(IDLE_READ_TIMEOUT).getStore(ssl ? "imaps" : "imap")) {
                store.connect(host, port, username, password);
                if (!(store instanceof IMAPStore imap) || !imap.hasCapability("IDLE")) {
                    log.info("The server of mailbox {} does not support IMAP IDLE: it is polled", name);
                    idler.unsupported.put(mailboxId, signature);
                    stopped = true;
                    return;
                }
                Folder opened = store.getFolder(folderName);
                opened.open(Folder.READ_ONLY);
                opened.addMessageCountListener(new MessageCountAdapter() {
                    @Override
                    public void messagesAdded(MessageCountEvent event) {
                        idler.announce(mailboxId);
                    }
                });
                folder = opened;
                idler.announce(mailboxId); // whatever arrived while nobody listened
                try {
                    while (!stopped && opened.isOpen()) {
                        idleSince = System.nanoTime();
                        idling = true;
                        ((IMAPFolder) opened).idle(true);
                    }
                } finally {
                    idling = false;
                    folder = null;
                    if (opened.isOpen()) {
                        opened.close(false);
                    }
                }
            }
        }

        /** Ends a long IDLE (any command on the folder does) so that the loop starts a fresh one. */
        void renewIfOlderThan(Duration age) {
            Folder current = folder;
            if (current != null && idling && System.nanoTime() - idleSince > age.toNanos()) {
                wake(current);
            }
        }

        void stop() {
            stopped = true;
            Folder current = folder;
            if (current != null) {
                wake(current);
            }
        }

        private static void wake(Folder folder) {
            try {
                folder.getMessageCount();
            } catch (MessagingException | RuntimeException ignored) {
                // The connection is going anyway; the loop notices.
            }
        }

        private static void sleep(Duration pause) {
            try {
                Thread.sleep(pause.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
