package io.resuelve.mail;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.InternetHeaders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Takes in a run of mails read from one mailbox with {@code resuelve.mail.ingest-threads} workers, so that the
 * transactions of different mails overlap (each mail is its own transaction, so that one bad mail loses nothing).
 * The mails of one sender stay in their order on one worker: a person's second mail finds the ticket of their first,
 * and their account is created once.
 */
@Component
class BatchIngestion implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(BatchIngestion.class);

    /** A mail read from IMAP, waiting to be taken in. */
    record Fetched(Message message, long uid, byte[] raw) {
    }

    /**
     * What became of a run: the messages taken in (to flag), the highest UID below which every mail of the run was
     * taken in (-1: none), and whether all were — a mail that failed is read again next time.
     */
    record Outcome(List<Message> done, long lastUid, boolean complete) {
    }

    /** A run being taken in while the caller reads the next one from the server. */
    final class Running {

        private final List<Fetched> run;
        private final List<Future<List<Fetched>>> tasks;

        private Running(List<Fetched> run, List<Future<List<Fetched>>> tasks) {
            this.run = run;
            this.tasks = tasks;
        }

        /** Waits for every mail of the run. */
        Outcome await() throws InterruptedException {
            List<Fetched> taken = new ArrayList<>();
            for (Future<List<Fetched>> task : tasks) {
                try {
                    taken.addAll(task.get());
                } catch (ExecutionException e) {
                    log.warn("A worker taking in mail failed: {}", e.getCause().toString());
                }
            }
            long firstMissing = run.stream().filter(mail -> !taken.contains(mail)).mapToLong(Fetched::uid).min()
                    .orElse(Long.MAX_VALUE);
            long lastUid = taken.stream().mapToLong(Fetched::uid).filter(uid -> uid < firstMissing).max().orElse(-1);
            return new Outcome(taken.stream().map(Fetched::message).toList(), lastUid,
                    firstMissing == Long.MAX_VALUE);
        }
    }

    private final MailIngestion ingestion;
    private final ExecutorService workers;

    BatchIngestion(MailIngestion ingestion, MailProperties properties) {
        this.ingestion = ingestion;
        AtomicInteger count = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(Math.max(1, properties.ingestThreads()), runnable -> {
            Thread thread = new Thread(runnable, "mail-ingest-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Starts taking in the run (in ascending UID order); {@link Running#await()} waits for it. */
    Running start(long mailboxId, long uidValidity, List<Fetched> run) {
        Map<String, List<Fetched>> bySender = new LinkedHashMap<>();
        run.forEach(mail -> bySender.computeIfAbsent(sender(mail.raw()), key -> new ArrayList<>()).add(mail));
        List<Future<List<Fetched>>> tasks = new ArrayList<>();
        for (List<Fetched> mails : bySender.values()) {
            tasks.add(workers.submit(() -> takeIn(mailboxId, uidValidity, mails)));
        }
        return new Running(run, tasks);
    }

    /** One sender's mails, in order; stops at the first that cannot even be kept (it is read again next time). */
    private List<Fetched> takeIn(long mailboxId, long uidValidity, List<Fetched> mails) {
        List<Fetched> taken = new ArrayList<>();
        for (Fetched mail : mails) {
            try {
                ingestion.ingest(InboundSource.imap(mailboxId, uidValidity, mail.uid()), mail.raw());
            } catch (RuntimeException e) {
                log.warn("Mail UID {} could not be taken in, it is read again next time: {}", mail.uid(), e.toString());
                break;
            }
            taken.add(mail);
        }
        return taken;
    }

    /** The sender's address from the header block only; mails without a readable one share one worker. */
    private static String sender(byte[] raw) {
        try {
            String from = new InternetHeaders(new ByteArrayInputStream(raw)).getHeader("From", ",");
            InternetAddress[] addresses = from == null ? new InternetAddress[0] : InternetAddress.parseHeader(from, false);
            return addresses.length == 0 || addresses[0].getAddress() == null ? ""
                    : addresses[0].getAddress().toLowerCase(Locale.ROOT);
        } catch (MessagingException | RuntimeException unreadable) {
            return "";
        }
    }

    @Override
    public void destroy() {
        workers.shutdownNow();
    }
}
