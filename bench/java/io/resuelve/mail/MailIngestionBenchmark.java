package io.resuelve.mail;

import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.resuelve.ResuelveApplication;
import io.resuelve.mail.inbound.InboundMailParser;
import io.resuelve.support.HostileMail;
import io.resuelve.support.TestMails;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.UIDFolder;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.FileSystemUtils;

/**
 * Incoming mail from a real IMAP server (GreenMail) into Resuelve on an embedded PostgreSQL 16, in one run:
 * <ol>
 * <li>baselines: the same mails fetched raw over IMAP with no ingestion, and parsed in memory with no database;</li>
 * <li>throughput: 10,000 mails waiting in the mailbox, read by the poller until all are tickets — mails/s;</li>
 * <li>latency: mails arriving at a steady rate while IMAP IDLE watches — arrival → visible (committed) p50/p95/p99;</li>
 * <li>the hostile mail: CPU time of its ingestion, and how long the normal mail behind it waits.</li>
 * </ol>
 * See BENCHMARKS.md for how to run it and the figures.
 */
public final class MailIngestionBenchmark {

    private final int mails = Integer.getInteger("bench.mails", 10_000);
    private final int steadyMails = Integer.getInteger("bench.steadyMails", 1_000);
    private final int steadyRate = Integer.getInteger("bench.steadyRate", 50);
    private final int customers = Integer.getInteger("bench.customers", 1_000);
    private int latencyRuns;
    private final List<String> phases = List.of(System.getProperty("bench.phases",
            "direct,baselines,latency,throughput,latency,hostile").split(","));

    public static void main(String[] args) throws Exception {
        new MailIngestionBenchmark().run(args);
    }

    private void run(String[] extraArguments) throws Exception {
        boolean h2 = "h2".equals(System.getProperty("bench.database"));
        FileSystemUtils.deleteRecursively(Path.of("target", "bench-data"));
        GreenMail imap = new GreenMail(new ServerSetup(TestMails.freePort(), "127.0.0.1", "imap"));
        imap.start();
        GreenMailUser support = imap.setUser(TestMails.SUPPORT, "soporte", "buzon-secreto");
        GreenMailUser rawBox = imap.setUser("crudo@resuelve.local", "crudo", "buzon-secreto");
        EmbeddedPostgres.Builder server = EmbeddedPostgres.builder();
        if (System.getProperty("bench.statementLog") != null) {
            // Every statement the server runs, for counting them per mail.
            server.setServerConfig("log_statement", "all")
                    .setOutputRedirector(ProcessBuilder.Redirect.to(new java.io.File(
                            System.getProperty("bench.statementLog"))));
        }
        EmbeddedPostgres postgres = h2 ? null : server.start();
        List<String> arguments = new ArrayList<>(List.of("--resuelve.demo-data=false",
                "--resuelve.data-dir=./target/bench-data", "--server.port=0",
                "--resuelve.mail.imap.host=127.0.0.1", "--resuelve.mail.imap.port=" + imap.getImap().getPort(),
                "--resuelve.mail.imap.ssl=false", "--resuelve.mail.imap.username=soporte",
                "--resuelve.mail.imap.password=buzon-secreto", "--resuelve.mail.poll-interval=1h",
                "--resuelve.mail.idle=true", "--resuelve.mail.send-interval=1h", "--logging.level.root=WARN"));
        if (postgres != null) {
            arguments.addAll(List.of("--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                    "--spring.datasource.username=postgres", "--spring.datasource.password=postgres"));
        }
        arguments.addAll(List.of(extraArguments));
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(ResuelveApplication.class)
                .run(arguments.toArray(String[]::new))) {
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            MailboxPoller poller = context.getBean(MailboxPoller.class);
            MailIngestion ingestion = context.getBean(MailIngestion.class);
            System.out.printf(Locale.ROOT, "%nIncoming mail on %s, %d cores%n", h2 ? "H2" : "PostgreSQL 16",
                    Runtime.getRuntime().availableProcessors());

            warmUp(support, poller, jdbc);
            for (String phase : phases) {
                switch (phase) {
                    case "direct" -> direct(ingestion, jdbc);
                    case "baselines" -> baselines(imap, rawBox);
                    case "throughput" -> throughput(support, poller, jdbc);
                    case "latency" -> latency(context, support, jdbc);
                    case "hostile" -> hostile(ingestion, support, poller, jdbc);
                    default -> throw new IllegalArgumentException("Unknown phase " + phase);
                }
            }
        } finally {
            imap.stop();
            if (postgres != null) {
                postgres.close();
            }
        }
    }

    /** 300 mails through the whole path first, so that the JIT and the connection pool are warm. */
    private void warmUp(GreenMailUser support, MailboxPoller poller, JdbcTemplate jdbc) throws Exception {
        int count = Math.min(300, mails);
        deliver(support, count, "calentamiento");
        readUntilTaken(poller, jdbc, count);
        System.out.printf(Locale.ROOT, "%nWarmed up with %d mails%n", count);
    }

    /** The same path without IMAP: mails handed straight to ingestion, one after the other, in this thread. */
    private void direct(MailIngestion ingestion, JdbcTemplate jdbc) {
        int count = Math.min(Integer.getInteger("bench.directMails", 1000), mails);
        List<byte[]> raw = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            raw.add(mail(i, "directo", "<directo-" + i + "-" + System.nanoTime() + "@cliente.example>")
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        WallClockSampler sampler = Boolean.getBoolean("bench.sample") ? WallClockSampler.start(Thread.currentThread())
                : null;
        CpuTime cpu = CpuTime.now();
        long start = System.nanoTime();
        raw.forEach(bytes -> ingestion.ingest(InboundSource.api(), bytes));
        double seconds = (System.nanoTime() - start) / 1e9;
        CpuTime used = CpuTime.now().minus(cpu);
        if (sampler != null) {
            sampler.stopAndPrint();
        }
        System.out.printf(Locale.ROOT, "%nIngestion without IMAP (raw bytes handed over, one thread): %,d mails in %.1f s = "
                + "%,.0f mails/s; CPU per mail: %.1f ms in Resuelve's JVM, %.1f ms in the database%n", count, seconds,
                count / seconds, used.jvmMillis() / count, used.databaseMillis() / count);
    }

    private void baselines(GreenMail imap, GreenMailUser rawBox) throws Exception {
        deliver(rawBox, mails, "crudo");
        long start = System.nanoTime();
        List<byte[]> raw = fetchRaw(imap.getImap().getPort());
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "%nBaseline, IMAP fetch only (no ingestion): %,d mails in %.1f s = %,.0f mails/s%n",
                raw.size(), seconds, raw.size() / seconds);
        InboundMailParser parser = new InboundMailParser();
        raw.subList(0, Math.min(1000, raw.size())).forEach(parser::parse);
        start = System.nanoTime();
        raw.forEach(parser::parse);
        seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "Baseline, parse only (in memory, one thread): %,d mails in %.2f s = %,.0f mails/s%n",
                raw.size(), seconds, raw.size() / seconds);
    }

    /**
     * A backlog: 10,000 mails delivered while the reader is held off (as after an outage of the reader or of the
     * network), then read as fast as Resuelve can, until every one is a ticket. The rate is taken from the moment the
     * reader is let go to the last commit, so that GreenMail taking the deliveries is not counted.
     */
    private void throughput(GreenMailUser support, MailboxPoller poller, JdbcTemplate jdbc) throws Exception {
        long before = count(jdbc);
        long mailbox = jdbc.queryForObject("select id from mailboxes where name = 'principal'", Long.class);
        String lock = MailboxPoller.LOCK + mailbox;
        // The benchmark takes the lock every reader takes (once no read runs), so IDLE's announcements read nothing.
        while (jdbc.update("update shedlock set lock_until = ?, locked_at = ?, locked_by = 'benchmark' where name = ? "
                + "and lock_until <= ?", Timestamp.from(Instant.now().plusSeconds(3600)), Timestamp.from(Instant.now()),
                lock, Timestamp.from(Instant.now())) == 0) {
            Thread.sleep(100);
        }
        long start = System.nanoTime();
        deliver(support, mails, "lote");
        double delivered = (System.nanoTime() - start) / 1e9;
        Thread.sleep(1000); // announcements of the last deliveries find the lock taken
        CpuTime cpu = CpuTime.now();
        ThreadCpu perThread = ThreadCpu.start();
        Instant released = Instant.now();
        jdbc.update("update shedlock set lock_until = ? where name = ?", Timestamp.from(released), lock);
        readUntilTaken(poller, jdbc, before + mails);
        CpuTime used = CpuTime.now().minus(cpu);
        Timestamp last = jdbc.queryForObject("select max(processed_at) from inbound_mails where message_id like "
                + "'%lote-%'", Timestamp.class);
        long early = jdbc.queryForObject("select count(*) from inbound_mails where message_id like '%lote-%' and "
                + "processed_at < ?", Long.class, Timestamp.from(released));
        if (early > 0) {
            throw new IllegalStateException(early + " mails were taken in before the reader was let go");
        }
        double seconds = (last.getTime() - released.toEpochMilli()) / 1e3;
        long tickets = jdbc.queryForObject("select count(*) from tickets", Long.class);
        System.out.printf(Locale.ROOT, "%nThroughput, a backlog of %,d mails into tickets: %,.0f mails/s (%.1f s from letting "
                + "the reader go to the last commit; GreenMail took the deliveries in %.1f s before; %,d tickets in "
                + "the database)%n", mails, mails / seconds, seconds, delivered, tickets);
        System.out.printf(Locale.ROOT, "CPU per mail while reading: %.1f ms in the JVM (GreenMail included), %.1f ms in "
                + "the database%n", used.jvmMillis() / mails, used.databaseMillis() / mails);
        perThread.print(mails);
    }

    /** Mails arrive at {@link #steadyRate} per second while IDLE watches; arrival → committed, per mail. */
    private void latency(ConfigurableApplicationContext context, GreenMailUser support, JdbcTemplate jdbc)
            throws Exception {
        MailboxIdler idler = context.getBean(MailboxIdler.class);
        long mailbox = jdbc.queryForObject("select id from mailboxes where name = 'principal'", Long.class);
        long wait = System.nanoTime() + 30_000_000_000L;
        while (!idler.watching(mailbox) && System.nanoTime() < wait) {
            Thread.sleep(50);
        }
        long folderSize = jdbc.queryForObject("select count(*) from inbound_mails where mailbox_id is not null",
                Long.class);
        String tag = "estable" + (++latencyRuns);
        Map<String, Instant> sent = new ConcurrentHashMap<>();
        long interval = 1_000_000_000L / steadyRate;
        long next = System.nanoTime();
        for (int i = 0; i < steadyMails; i++) {
            while (System.nanoTime() < next) {
                Thread.onSpinWait();
            }
            String id = "<" + tag + "-" + i + "-" + System.nanoTime() + "@cliente.example>";
            sent.put(id, Instant.now());
            TestMails.deliver(support, mail(i, tag, id));
            next += interval;
        }
        long end = System.nanoTime() + 120_000_000_000L;
        while (System.nanoTime() < end && jdbc.queryForObject("select count(*) from inbound_mails where message_id "
                + "like ? and processed_at is not null", Long.class, "%" + tag + "-%") < steadyMails) {
            Thread.sleep(50);
        }
        long[] millis = jdbc.queryForList("select message_id, processed_at from inbound_mails where message_id like "
                + "?", "%" + tag + "-%").stream().mapToLong(row -> ((Timestamp) row.get("processed_at")).toInstant()
                        .toEpochMilli() - sent.get(bracketed((String) row.get("message_id"))).toEpochMilli()).sorted().toArray();
        System.out.printf(Locale.ROOT, "%nLatency, %,d mails arriving at %d/s into a mailbox of %,d, IMAP IDLE, arrival → "
                + "visible (committed), ms: p50 %d, p95 %d, p99 %d, max %d (%,d taken in)%n", steadyMails, steadyRate,
                folderSize, percentile(millis, 50), percentile(millis, 95), percentile(millis, 99),
                millis[millis.length - 1], millis.length);
    }

    private void hostile(MailIngestion ingestion, GreenMailUser support, MailboxPoller poller, JdbcTemplate jdbc)
            throws Exception {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int round = 1; round <= 3; round++) {
            byte[] raw = HostileMail.build("hostil" + round + "@hostil.example");
            long cpu = threads.getCurrentThreadCpuTime();
            long wall = System.nanoTime();
            IngestResult result = ingestion.ingest(InboundSource.api(), raw);
            System.out.printf(Locale.ROOT, "%nHostile mail %d (%,d bytes): %s, ticket %s — CPU %.0f ms, wall %.0f ms",
                    round, raw.length, result.status(), result.ticketNumber(),
                    (threads.getCurrentThreadCpuTime() - cpu) / 1e6, (System.nanoTime() - wall) / 1e6);
        }
        // Through IMAP: the hostile mail, then a normal one right behind it.
        long before = count(jdbc);
        TestMails.deliver(support, new String(HostileMail.build("hostil-imap@hostil.example"),
                java.nio.charset.StandardCharsets.UTF_8));
        Instant sent = Instant.now();
        TestMails.deliver(support, mail(0, "detras", "<detras-" + System.nanoTime() + "@cliente.example>"));
        readUntilTaken(poller, jdbc, before + 2);
        Timestamp visible = jdbc.queryForObject("select processed_at from inbound_mails where message_id like "
                + "'%detras-%'", Timestamp.class);
        System.out.printf(Locale.ROOT, "%nThe normal mail behind a hostile one, over IMAP: visible %d ms after it arrived%n",
                visible.toInstant().toEpochMilli() - sent.toEpochMilli());
    }

    // ---- helpers ---------------------------------------------------------------------------------------------

    /** Waits until {@code total} mails are in; reads the mailbox itself too, in case an announcement was missed. */
    private static void readUntilTaken(MailboxPoller poller, JdbcTemplate jdbc, long total) throws InterruptedException {
        while (count(jdbc) < total) {
            if (!poller.read(jdbc.queryForObject("select id from mailboxes where name = 'principal'", Long.class))) {
                Thread.sleep(20);
            }
        }
    }

    private static long count(JdbcTemplate jdbc) {
        return jdbc.queryForObject("select count(*) from inbound_mails", Long.class);
    }

    private void deliver(GreenMailUser box, int count, String tag) throws Exception {
        for (int i = 0; i < count; i++) {
            TestMails.deliver(box, mail(i, tag, "<" + tag + "-" + i + "-" + System.nanoTime() + "@cliente.example>"));
        }
    }

    /** A normal customer mail: one of {@link #customers} people of 20 companies, a sentence or two, a signature. */
    private String mail(int i, String tag, String messageId) {
        int person = i % customers;
        return "From: Cliente " + person + " <cliente" + person + "@empresa" + (person % 20) + ".example>\r\n"
                + "To: Soporte <" + TestMails.SUPPORT + ">\r\nSubject: Pedido " + (1000 + i) + " no se sincroniza ("
                + tag + ")\r\nDate: Mon, 3 Feb 2025 10:05:00 -0500\r\nMessage-ID: " + messageId + "\r\n"
                + "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
                + "Buenos días:\r\n\r\nEl pedido " + (1000 + i) + " de la ruta " + (i % 12) + " no bajó a la tableta; "
                + "la aplicación muestra el error 1102 al sincronizar. ¿Pueden revisarlo?\r\n\r\nGracias,\r\n"
                + "Cliente " + person + "\r\n-- \r\nEnviado desde mi iPhone\r\n";
    }

    private static List<byte[]> fetchRaw(int port) throws Exception {
        List<byte[]> raw = new ArrayList<>();
        Properties properties = new Properties();
        properties.setProperty("mail.imap.peek", "true");
        try (Store store = Session.getInstance(properties).getStore("imap")) {
            store.connect("127.0.0.1", port, "crudo", "buzon-secreto");
            Folder folder = store.getFolder("INBOX");
            folder.open(Folder.READ_WRITE);
            UIDFolder uids = (UIDFolder) folder;
            Message[] all = uids.getMessagesByUID(1, UIDFolder.LASTUID);
            for (int from = 0; from < all.length; from += ImapFetcher.BATCH) {
                // The same batches and FETCH as the fetcher.
                folder.fetch(Arrays.copyOfRange(all, from, Math.min(all.length, from + ImapFetcher.BATCH)),
                        ImapFetcher.WHOLE_MESSAGES);
            }
            for (Message message : all) {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                message.writeTo(bytes);
                raw.add(bytes.toByteArray());
            }
            folder.close(false);
        }
        return raw;
    }

    private static String bracketed(String messageId) {
        return messageId.startsWith("<") ? messageId : "<" + messageId + ">";
    }

    private static long percentile(long[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)];
    }
}
