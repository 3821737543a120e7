package io.resuelve.mail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

import jakarta.mail.FetchProfile;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.UIDFolder;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads one IMAP mailbox: every message after the last UID taken in is handed to {@link BatchIngestion}, and flagged
 * \Seen only once its ticket has committed (a batch's flags in one STORE at its end). A crash in between leaves it
 * unflagged; the next read finds it again and ingestion recognises it, so nothing is lost and nothing doubles.
 */
@Component
class ImapFetcher {

    private static final Logger log = LoggerFactory.getLogger(ImapFetcher.class);
    /**
     * How many waiting messages one round asks for (their UIDs and sizes; the contents then come in chunks of at
     * most {@link #CHUNK_BYTES}). Few, large commands: servers do work per command that grows with the folder, and a
     * backlog of thousands of mails is read with a handful of them.
     */
    static final int BATCH = 5000;
    private static final int READ_TIMEOUT = 60000;
    /** At most this many rounds per read, so that one busy mailbox cannot hold the others up for long. */
    private static final int ROUNDS_PER_READ = 5;
    /** How many bytes of mail one FETCH brings at most (one larger mail is fetched alone). */
    private static final long CHUNK_BYTES = 32L * 1024 * 1024;
    private static final FetchProfile UIDS_AND_SIZES = new FetchProfile();
    static final FetchProfile WHOLE_MESSAGES = new FetchProfile();

    static {
        UIDS_AND_SIZES.add(UIDFolder.FetchProfileItem.UID);
        UIDS_AND_SIZES.add(FetchProfile.Item.SIZE);
        WHOLE_MESSAGES.add(IMAPFolder.FetchProfileItem.MESSAGE);
    }
    /** "Probar conexión" answers within seconds, not minutes. */
    private static final int PROBE_TIMEOUT = 8000;

    private final MailboxRepository mailboxes;
    private final BatchIngestion batches;
    private final TransactionTemplate transaction;
    private final Clock clock;

    ImapFetcher(MailboxRepository mailboxes, BatchIngestion batches, PlatformTransactionManager transactions,
            Clock clock) {
        this.mailboxes = mailboxes;
        this.batches = batches;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** Reads the mailbox once; returns how many messages were handed to ingestion. Errors are kept on the mailbox. */
    int fetch(long mailboxId) {
        Mailbox box = mailboxes.findById(mailboxId).orElseThrow();
        int taken = 0;
        String error = null;
        try (Store store = session(READ_TIMEOUT).getStore(box.ssl() ? "imaps" : "imap")) {
            store.connect(box.host(), box.port(), box.username(), box.password());
            Folder folder = store.getFolder(box.folder());
            folder.open(Folder.READ_WRITE);
            try {
                UIDFolder uids = (UIDFolder) folder;
                long validity = uids.getUIDValidity();
                long next = transaction.execute(status -> mailboxes.findById(mailboxId).orElseThrow().nextUid(validity));
                List<Message> done = new ArrayList<>();
                long lastUid = -1;
                BatchIngestion.Running running = null;
                try {
                    long from = next;
                    boolean failed = false;
                    for (int round = 0; round < ROUNDS_PER_READ && !failed; round++) {
                        Message[] batch = waiting(folder, uids, from);
                        if (batch.length == 0) {
                            break;
                        }
                        folder.fetch(batch, UIDS_AND_SIZES);
                        for (List<Message> chunk : chunks(batch)) {
                            // One FETCH for the whole messages of a chunk, while workers take in the previous one.
                            folder.fetch(chunk.toArray(Message[]::new), WHOLE_MESSAGES);
                            List<BatchIngestion.Fetched> run = new ArrayList<>();
                            for (Message message : chunk) {
                                long uid = uids.getUID(message);
                                if (uid >= from) { // "n:*" always answers the last message, even when taken in
                                    run.add(new BatchIngestion.Fetched(message, uid, raw(message)));
                                }
                                from = Math.max(from, uid + 1);
                            }
                            if (running != null) {
                                // A sender's mails stay in order: a run starts when the one before it is done.
                                BatchIngestion.Outcome outcome = running.await();
                                running = null;
                                done.addAll(outcome.done());
                                lastUid = Math.max(lastUid, outcome.lastUid());
                                if (!outcome.complete()) {
                                    failed = true; // the rest is read again next time, the failed mail first
                                    break;
                                }
                            }
                            running = batches.start(mailboxId, validity, run);
                        }
                    }
                    if (running != null) {
                        BatchIngestion.Outcome outcome = running.await();
                        running = null;
                        done.addAll(outcome.done());
                        lastUid = Math.max(lastUid, outcome.lastUid());
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    if (running != null) {
                        try {
                            BatchIngestion.Outcome outcome = running.await();
                            done.addAll(outcome.done());
                            lastUid = Math.max(lastUid, outcome.lastUid());
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    }
                    taken = done.size();
                    tookIn(folder, mailboxId, done, lastUid);
                }
            } finally {
                folder.close(false);
            }
        } catch (MessagingException | IOException | RuntimeException e) {
            log.warn("Mailbox {} could not be read: {}", box.name(), e.toString());
            error = e.toString();
        }
        String lastError = error;
        transaction.executeWithoutResult(status -> mailboxes.findById(mailboxId).orElseThrow()
                .polled(clock.instant(), lastError));
        log.debug("Mailbox {} read: {} mails taken in", box.name(), taken);
        return taken;
    }

    /**
     * The next messages to take in, at most {@link #BATCH}: asked for by a window of UIDs, so a big mailbox does not
     * answer with every message after {@code next} on each read; when the window is empty but the mailbox holds later
     * UIDs (a gap, mail deleted or moved away), by the open range.
     */
    private static Message[] waiting(Folder folder, UIDFolder uids, long next) throws MessagingException {
        Message[] window = uids.getMessagesByUID(next, next + BATCH - 1);
        if (window.length > 0 || folder.getMessageCount() == 0) {
            return window;
        }
        if (uids.getUID(folder.getMessage(folder.getMessageCount())) < next) {
            return window; // nothing new
        }
        Message[] waiting = uids.getMessagesByUID(next, UIDFolder.LASTUID);
        return Arrays.copyOf(waiting, Math.min(waiting.length, BATCH));
    }

    /**
     * Flags the mails taken in (each one's ticket committed already) with one STORE, and remembers the last UID.
     * Should the process die before this, the next read finds them again and ingestion recognises every one.
     */
    private void tookIn(Folder folder, long mailboxId, List<Message> done, long lastUid) throws MessagingException {
        if (done.isEmpty()) {
            return;
        }
        folder.setFlags(done.toArray(Message[]::new), new Flags(Flags.Flag.SEEN), true);
        transaction.executeWithoutResult(status -> mailboxes.findById(mailboxId).orElseThrow().tookIn(lastUid));
    }

    /** The batch in runs of at most {@link #CHUNK_BYTES} (a larger mail alone), so memory stays bounded. */
    private static List<List<Message>> chunks(Message[] batch) throws MessagingException {
        List<List<Message>> chunks = new ArrayList<>();
        List<Message> chunk = new ArrayList<>();
        long bytes = 0;
        for (Message message : batch) {
            long size = Math.max(0, message.getSize());
            if (!chunk.isEmpty() && bytes + size > CHUNK_BYTES) {
                chunks.add(chunk);
                chunk = new ArrayList<>();
                bytes = 0;
            }
            chunk.add(message);
            bytes += size;
        }
        if (!chunk.isEmpty()) {
            chunks.add(chunk);
        }
        return chunks;
    }

    /**
     * Connects and opens the folder read-only with short timeouts, and changes nothing (no flags, no UIDs, no
     * last error). Returns the server's error, or empty when the mailbox can be read.
     */
    java.util.Optional<String> probe(long mailboxId) {
        Mailbox box = mailboxes.findById(mailboxId).orElseThrow();
        try (Store store = session(PROBE_TIMEOUT).getStore(box.ssl() ? "imaps" : "imap")) {
            store.connect(box.host(), box.port(), box.username(), box.password());
            Folder folder = store.getFolder(box.folder());
            folder.open(Folder.READ_ONLY);
            folder.close(false);
            return java.util.Optional.empty();
        } catch (MessagingException | RuntimeException e) {
            String message = e.getMessage() == null || e.getMessage().isBlank() ? e.toString() : e.getMessage();
            return java.util.Optional.of(message.length() <= 500 ? message : message.substring(0, 500));
        }
    }

    private static byte[] raw(Message message) throws IOException, MessagingException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        message.writeTo(bytes);
        return bytes.toByteArray();
    }

    /** A mail session for IMAP and IMAPS with these timeouts; plain IMAP goes over TLS whenever the server offers it. */
    static Session session(int timeoutMillis) {
        Properties properties = new Properties();
        for (String protocol : new String[] { "imap", "imaps" }) {
            properties.setProperty("mail." + protocol + ".connectiontimeout", String.valueOf(Math.min(20000, timeoutMillis)));
            properties.setProperty("mail." + protocol + ".timeout", String.valueOf(timeoutMillis));
            properties.setProperty("mail." + protocol + ".writetimeout", String.valueOf(Math.min(20000, timeoutMillis)));
            // Plain IMAP is upgraded to TLS whenever the server offers it.
            properties.setProperty("mail." + protocol + ".starttls.enable", "true");
            // Reading a message must not mark it \Seen on the server (FETCH BODY[] would): the flag is set only after
            // the mail's ticket has committed.
            properties.setProperty("mail." + protocol + ".peek", "true");
        }
        return Session.getInstance(properties);
    }
}
