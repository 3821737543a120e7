package io.resuelve.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.resuelve.shared.Language;
import io.resuelve.support.Fixtures;
import io.resuelve.support.MutableClock;
import io.resuelve.support.ResuelveIntegrationTest;
import jakarta.mail.Address;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Mail leaves through a real SMTP server (GreenMail, on a free port that stays the same when the server is stopped
 * and started again). Its own context, closed afterwards, so its worker stops with it.
 */
@ResuelveIntegrationTest
@TestPropertySource(properties = { "spring.mail.host=127.0.0.1", "resuelve.mail.send-interval=100ms" })
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class MailDeliveryIntegrationTests {

    private static final int SMTP_PORT = freePort();
    private static final Duration PATIENCE = Duration.ofSeconds(15);

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.port(SMTP_PORT));

    @DynamicPropertySource
    static void smtpPort(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.port", () -> SMTP_PORT);
    }

    @LocalServerPort
    int port;

    @Autowired
    MailOutbox outbox;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    MutableClock clock;

    @Autowired
    ReplyTokens replyTokens;

    Fixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new Fixtures(port);
    }

    @Test
    void aTicketFiledThroughTheApiIsAcknowledgedInSpanish() throws Exception {
        Fixtures.Person customer = fixtures.customer("Carolina Rojas", null);
        long number = fixtures.ticket(customer, "No se cargan los pedidos de la ruta 1");

        MimeMessage mail = awaitMailTo(customer.email());

        assertThat(mail.getSubject())
                .isEqualTo("[Ticket #" + number + "] Recibimos su solicitud: No se cargan los pedidos de la ruta 1");
        assertThat(mail.getHeader("Auto-Submitted", null)).isEqualTo("auto-generated");
        assertThat(mail.getHeader("Content-Language", null)).isEqualTo("es");
        assertThat(mail.getMessageID()).matches("<t" + number + "-[0-9a-f]{10}-[0-9a-f]{16}@resuelve\\.local>");
        assertThat(replyTokens.ticketIn(mail.getMessageID())).as("a reply quoting it finds the ticket")
                .hasValue(number);
        assertThat(mail.getHeader("In-Reply-To", null)).isEqualTo("<ticket-" + number + "@resuelve.local>");
        assertThat(mail.getHeader("References", null)).isEqualTo("<ticket-" + number + "@resuelve.local>");
        assertThat(mail.getReplyTo()).as("no plus addressing unless asked for")
                .containsExactly(new InternetAddress("soporte@resuelve.local", "Soporte Resuelve"));
        assertThat(mail.getFrom()).containsExactly(new InternetAddress("soporte@resuelve.local", "Soporte Resuelve"));
        assertThat(mail.getRecipients(RecipientType.TO))
                .containsExactly(new InternetAddress(customer.email(), "Carolina Rojas"));
        MimeMultipart parts = (MimeMultipart) mail.getContent();
        assertThat(parts.getContentType()).startsWith("multipart/alternative");
        assertThat(parts.getCount()).isEqualTo(2);
        assertThat(parts.getBodyPart(0).isMimeType("text/plain")).isTrue();
        assertThat((String) parts.getBodyPart(0).getContent()).startsWith("##- Responda por encima de esta línea -##")
                .contains("Hola, Carolina Rojas:", "Estado: Abierto",
                "Los pedidos no se están cargando en la ruta 1", "/tickets/" + number);
        assertThat(parts.getBodyPart(1).isMimeType("text/html")).isTrue();
        assertThat((String) parts.getBodyPart(1).getContent()).contains("<html lang=\"es\">",
                "Resumen de su solicitud", "/tickets/" + number + "\"");

        OutboxMailView sent = onlyMailTo(customer.email());
        assertThat(sent.status()).isEqualTo(MailStatus.SENT);
        assertThat(sent.attempts()).isEqualTo(1);
        assertThat(sent.sentAt()).isEqualTo(clock.instant());
    }

    @Test
    void anAgentsReplyThatResolvesReachesTheCustomerAsOneMailAfterTheAcknowledgement() throws Exception {
        Fixtures.Person customer = fixtures.customer("Rodrigo Díaz", null);
        long number = fixtures.ticket(customer, "Error 1102 al sincronizar");
        var reply = fixtures.as(fixtures.agent("Martín Gómez")).post("/api/v1/tickets/" + number + "/messages",
                Map.of("body", "Reiniciamos el intercambio; ya debería sincronizar.", "status", "RESOLVED"));
        assertThat(reply.status()).as(reply.toString()).isBetween(200, 201);

        List<MimeMessage> mails = await().atMost(PATIENCE).until(() -> Arrays.stream(smtp.getReceivedMessages())
                .filter(message -> sentTo(message, customer.email())).toList(), received -> received.size() == 2);

        MimeMessage mail = mails.get(1);
        assertThat(mail.getSubject())
                .isEqualTo("[Ticket #" + number + "] Respuesta a su solicitud: Error 1102 al sincronizar");
        assertThat(mail.getHeader("Content-Language", null)).isEqualTo("es");
        MimeMultipart parts = (MimeMultipart) mail.getContent();
        assertThat((String) parts.getBodyPart(0).getContent()).contains("Martín Gómez respondió",
                "Reiniciamos el intercambio; ya debería sincronizar.", "¿Se ha resuelto su problema?",
                "/tickets/" + number);
        assertThat((String) parts.getBodyPart(1).getContent()).contains("¿Se ha resuelto su problema?",
                "href=\"http://localhost:0/tickets/" + number + "\"");
    }

    @Test
    void aNameThatTriesToAddABccStaysInsideTheOneToHeader() throws Exception {
        String email = "ana.torres" + System.nanoTime() + "@cliente.example";
        var created = fixtures.admin().post("/api/v1/users", Map.of("name", "Ana Torres\r\nBcc: intruso@example.com",
                "email", email, "role", "CUSTOMER", "password", Fixtures.PASSWORD));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        fixtures.ticket(new Fixtures.Person(created.number("id"), email), "Hola\r\nBcc: intruso@example.com");

        MimeMessage mail = awaitMailTo(email);

        String headers = GreenMailUtil.getWholeMessage(mail).split("\r\n\r\n", 2)[0];
        assertThat(headers).doesNotContainPattern("(?im)^bcc:");
        assertThat(headers.lines().filter(line -> line.regionMatches(true, 0, "To:", 0, 3))).hasSize(1);
        assertThat(mail.getAllRecipients()).extracting(address -> ((InternetAddress) address).getAddress())
                .containsExactly(email);
        // Only the customer's mailbox exists on the server: nothing was delivered to the intruder.
        assertThat(smtp.getUserManager().listUser()).extracting(GreenMailUser::getEmail).containsExactly(email);
    }

    @Test
    void whileTheServerIsDownTheMailWaitsAndRetriesThenGoesOut() throws Exception {
        smtp.stop();
        Fixtures.Person customer = fixtures.customer("Ignacio Muñoz", null);
        fixtures.ticket(customer, "Carga masiva de usuarios desde Excel");
        long id = await().atMost(PATIENCE).until(() -> mailsTo(customer.email()), mails -> mails.size() == 1).get(0)
                .id();

        awaitMail(id, mail -> mail.attempts() == 1);
        OutboxMailView failed = outbox.find(id).orElseThrow();
        assertThat(failed.status()).isEqualTo(MailStatus.PENDING);
        assertThat(failed.lastError()).isNotBlank();

        clock.advance(Duration.ofSeconds(31)); // past the first wait (at most 30 s)
        awaitMail(id, mail -> mail.attempts() == 2);
        assertThat(outbox.find(id).orElseThrow().status()).isEqualTo(MailStatus.PENDING);

        smtp.start();
        clock.advance(Duration.ofSeconds(61)); // past the second wait (at most 60 s)
        awaitMail(id, mail -> mail.status() == MailStatus.SENT);
        assertThat(outbox.find(id).orElseThrow().attempts()).isEqualTo(3);
        assertThat(awaitMailTo(customer.email()).getSubject()).contains("Carga masiva de usuarios desde Excel");
    }

    @Test
    void aMailRolledBackWithItsTransactionIsNeverSent() throws Exception {
        String rolledBack = "descartado" + System.nanoTime() + "@cliente.example";
        String committed = "confirmado" + System.nanoTime() + "@cliente.example";
        Long id = transaction.execute(status -> {
            long queued = outbox.enqueue(existingAccountMail(rolledBack));
            status.setRollbackOnly();
            return queued;
        });
        transaction.executeWithoutResult(status -> outbox.enqueue(existingAccountMail(committed)));

        // The worker sends oldest first: once the later mail is out, the earlier one would have been too.
        awaitMailTo(committed);
        assertThat(outbox.find(id)).isEmpty();
        assertThat(smtp.getUserManager().getUserByEmail(rolledBack)).isNull();
    }

    private static OutgoingMail existingAccountMail(String to) {
        return new OutgoingMail(to, "Andrés Pérez", Language.ES, Audience.CUSTOMER, "existing-account",
                Map.of("loginLink", "https://ayuda.example/login", "resetLink", "https://ayuda.example/olvido"),
                MailKind.AUTO_GENERATED);
    }

    private MimeMessage awaitMailTo(String email) {
        return await().atMost(PATIENCE).until(() -> Arrays.stream(smtp.getReceivedMessages())
                .filter(message -> sentTo(message, email)).toList(), messages -> messages.size() == 1).get(0);
    }

    private static boolean sentTo(MimeMessage message, String email) {
        try {
            Address[] recipients = message.getAllRecipients();
            return recipients != null && Arrays.stream(recipients)
                    .anyMatch(address -> ((InternetAddress) address).getAddress().equals(email));
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private void awaitMail(long id, java.util.function.Predicate<OutboxMailView> condition) {
        await().atMost(PATIENCE).until(() -> outbox.find(id).orElseThrow(), condition::test);
    }

    private List<OutboxMailView> mailsTo(String address) {
        return outbox.recent(500).stream().filter(mail -> mail.to().equals(address)).toList();
    }

    private OutboxMailView onlyMailTo(String address) {
        List<OutboxMailView> mails = mailsTo(address);
        assertThat(mails).hasSize(1);
        return mails.get(0);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
