package io.resuelve.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.resuelve.accounts.Actor;
import io.resuelve.search.SearchHit;
import io.resuelve.search.TicketFilters;
import io.resuelve.search.TicketSearch;
import io.resuelve.support.EmbeddedPostgres;
import io.resuelve.support.ResuelveIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;

/**
 * Mail taken in by several workers at once on a real PostgreSQL, where a failed statement aborts the whole transaction:
 * races between workers (the first reply-token key, a person whom two mails create at the same moment) must
 * never cost a mail its ticket.
 */
@ResuelveIntegrationTest
class MailIngestionPostgresIntegrationTests {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        EmbeddedPostgres.register(registry);
    }

    @Autowired
    MailIngestion ingestion;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    TicketSearch search;

    @Test
    void mailsFromNewPeopleOfNewCompaniesTakenInAtOnceAllBecomeTickets() throws Exception {
        String run = Long.toString(System.nanoTime(), 36);
        int count = 24;
        List<byte[]> mails = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            // Eight people nobody knows yet, three mails each, all arriving together.
            String sender = "persona" + (i % 8) + "-" + run + "@empresa" + (i % 8 % 3) + "-" + run + ".example";
            mails.add(("From: " + sender + "\r\nTo: soporte@resuelve.local\r\nSubject: Pedido " + i
                    + " sin sincronizar\r\nMessage-ID: <carrera-" + i + "-" + run + "@cliente.example>\r\n"
                    + "Content-Type: text/plain; charset=UTF-8\r\n\r\nEl pedido " + i + " no bajó a la tableta.\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        ExecutorService workers = Executors.newFixedThreadPool(6);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<IngestResult>> results = new ArrayList<>();
        for (byte[] raw : mails) {
            results.add(workers.submit(() -> {
                start.await();
                return ingestion.ingest(InboundSource.api(), raw);
            }));
        }
        start.countDown();
        List<InboundStatus> statuses = new ArrayList<>();
        for (Future<IngestResult> result : results) {
            statuses.add(result.get(60, TimeUnit.SECONDS).status());
        }
        workers.shutdown();

        assertThat(statuses).as("no mail quarantined by a race").containsOnly(InboundStatus.PROCESSED);
        assertThat(jdbc.queryForObject("select count(*) from tickets where subject like 'Pedido % sin sincronizar' "
                + "and requester_id in (select id from users where email like ?)", Long.class, "%-" + run + "@%"))
                .isEqualTo((long) count);
        assertThat(jdbc.queryForList("select email from users where email like ?", String.class,
                "%-" + run + "@%")).as("each person once").hasSize(8);
    }

    @Test
    void aMailsTicketIsSearchableMomentsAfterItIsTakenIn() throws Exception {
        String word = "zarzaparrilla" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "");
        IngestResult result = ingestion.ingest(InboundSource.api(), ("From: lucia@drogueria.example\r\n"
                + "To: soporte@resuelve.local\r\nSubject: No aparece el producto " + word + "\r\n"
                + "Message-ID: <busqueda-" + word + "@cliente.example>\r\n"
                + "Content-Type: text/plain; charset=UTF-8\r\n\r\nEl catálogo no muestra el producto.\r\n")
                .getBytes(StandardCharsets.UTF_8));
        assertThat(result.status()).isEqualTo(InboundStatus.PROCESSED);

        // The reader does not wait for the index; the ticket is found moments later, without anyone reindexing.
        List<SearchHit> hits = List.of();
        long until = System.nanoTime() + 5_000_000_000L;
        while (hits.isEmpty() && System.nanoTime() < until) {
            Thread.sleep(50);
            hits = search.search(Actor.system(), word, TicketFilters.none(), 10);
        }
        assertThat(hits).extracting(SearchHit::id).containsExactly(result.ticketNumber());
    }

    @Test
    void losingTheRaceForTheFirstReplyTokenKeyLeavesTheCallersTransactionWhole() throws Exception {
        jdbc.update("delete from app_secrets where name = 'mail-reply-token'");
        ReplyTokens thisNode = new ReplyTokens(withoutSecret(), jdbc, transactions, Clock.systemUTC());
        ReplyTokens otherNode = new ReplyTokens(withoutSecret(), jdbc, transactions, Clock.systemUTC());
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        CountDownLatch otherInserted = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService other = Executors.newSingleThreadExecutor();
        // The other node has written its key but not committed yet, when this node needs one inside a transaction.
        Future<?> otherCommit = other.submit(() -> transaction.executeWithoutResult(status -> {
            jdbc.update("insert into app_secrets (name, secret, created_at) values ('mail-reply-token', "
                    + "'b3RyYS1jbGF2ZS1kZS1sYS1vdHJhLW1hcXVpbmEtMzI=', current_timestamp)");
            otherInserted.countDown();
            await(release);
        }));
        assertThat(otherInserted.await(30, TimeUnit.SECONDS)).isTrue();
        ExecutorService self = Executors.newSingleThreadExecutor();
        Future<String> token = self.submit(() -> transaction.execute(status -> {
            jdbc.queryForObject("select count(*) from tickets", Long.class);
            String id = thisNode.messageId(1001, "resuelve.local"); // waits for the other node's insert
            // The caller's transaction goes on as if nothing happened.
            jdbc.queryForObject("select count(*) from tickets", Long.class);
            return id;
        }));
        Thread.sleep(300);
        release.countDown();
        otherCommit.get(30, TimeUnit.SECONDS);
        String id = token.get(30, TimeUnit.SECONDS);
        other.shutdown();
        self.shutdown();

        assertThat(otherNode.ticketIn(id)).as("both nodes sign with the key that won").hasValue(1001);
    }

    private static MailProperties withoutSecret() {
        return new MailProperties("soporte@resuelve.local", "Soporte", Duration.ofSeconds(5), 8,
                Duration.ofSeconds(30), Duration.ofHours(1), "", false, 10, true, Duration.ofSeconds(60), false, 4,
                DataSize.ofMegabytes(25));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
