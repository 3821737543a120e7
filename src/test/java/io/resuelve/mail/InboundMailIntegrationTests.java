package io.resuelve.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.ServerSetup;
import io.resuelve.support.ApiClient;
import io.resuelve.support.Fixtures;
import io.resuelve.support.ResuelveIntegrationTest;
import io.resuelve.support.TestMails;
import jakarta.mail.Flags;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Mail in through a real IMAP server (GreenMail): a mail opens a ticket and is flagged only afterwards, a mail read
 * again after a crash is not taken in twice, a mail that cannot be taken in is quarantined while the next one flows,
 * a reply by mail adds only its new text, and the raw-mail API is idempotent.
 */
@ResuelveIntegrationTest
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class InboundMailIntegrationTests {

    private static final int IMAP_PORT = TestMails.freePort();
    private static final String SUPPORT = TestMails.SUPPORT;

    @RegisterExtension
    static final GreenMailExtension imap = new GreenMailExtension(new ServerSetup(IMAP_PORT, "127.0.0.1", "imap"))
            // One mailbox for the whole class, as in real life: UIDs keep growing from one test to the next.
            .withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void mailbox(DynamicPropertyRegistry registry) {
        registry.add("resuelve.mail.imap.host", () -> "127.0.0.1");
        registry.add("resuelve.mail.imap.port", () -> IMAP_PORT);
        registry.add("resuelve.mail.imap.ssl", () -> false);
        registry.add("resuelve.mail.imap.username", () -> "soporte");
        registry.add("resuelve.mail.imap.password", () -> "buzon-secreto");
        registry.add("resuelve.mail.poll-interval", () -> "1h"); // the test reads the mailbox itself
        registry.add("resuelve.mail.idle", () -> false);
    }

    @LocalServerPort
    int port;

    @Autowired
    MailboxPoller poller;

    @Autowired
    JdbcTemplate jdbc;

    GreenMailUser mailbox;
    Fixtures fixtures;

    @BeforeEach
    void setUp() {
        GreenMailUser existing = imap.getUserManager().getUser("soporte");
        mailbox = existing != null ? existing : imap.setUser(SUPPORT, "soporte", "buzon-secreto");
        fixtures = new Fixtures(port);
        poller.configure();
    }

    @Test
    void aMailOpensATicketAndIsFlaggedOnlyAfterItsTicketExists() throws Exception {
        String sender = "marta" + System.nanoTime() + "@ferreteria.example";
        deliver(mail(sender, "Marta Gómez", "No cargan los pedidos de la ruta 1", null,
                "Desde esta mañana la aplicación no carga los pedidos, sale el error 1102."));

        poller.pollAll();

        JsonNode ticket = onlyTicketOf(sender);
        assertThat(ticket.path("subject").asString()).isEqualTo("No cargan los pedidos de la ruta 1");
        assertThat(ticket.path("channel").asString()).isEqualTo("EMAIL");
        assertThat(ticket.path("description").asString()).contains("error 1102");
        assertThat(ticket.path("requester").path("name").asString()).isEqualTo("Marta Gómez");
        assertThat(inbox()).allSatisfy(message -> assertThat(message.isSet(Flags.Flag.SEEN)).isTrue());
    }

    @Test
    void aMailReadAgainAfterACrashBeforeItWasFlaggedIsNotTakenInTwice() throws Exception {
        String sender = "ana" + System.nanoTime() + "@ferreteria.example";
        deliver(mail(sender, "Ana", "Factura duplicada", null, "La factura 204 aparece dos veces."));
        poller.pollAll();
        assertThat(tickets(sender)).hasSize(1);

        // The crash: the ticket committed, but neither the \Seen flag nor the last UID were written.
        for (StoredMessage message : inbox()) {
            message.setFlag(Flags.Flag.SEEN, false);
        }
        jdbc.update("update mailboxes set last_uid = 0");
        poller.pollAll();
        poller.pollAll();

        assertThat(tickets(sender)).as("still one ticket").hasSize(1);
        assertThat(jdbc.queryForObject("select count(*) from inbound_mails where sender = ?", Long.class, sender))
                .isEqualTo(1);
    }

    @Test
    void aMailThatCannotBeTakenInIsQuarantinedAndTheNextOneFlows() throws Exception {
        String sender = "luis" + System.nanoTime() + "@ferreteria.example";
        deliver("Subject: sin remitente\r\nMessage-ID: <veneno-" + System.nanoTime() + "@x.example>\r\n\r\nsin From\r\n");
        deliver(mail(sender, "Luis", "Pantalla en blanco", null, "Al entrar la pantalla queda en blanco."));

        poller.pollAll();

        assertThat(tickets(sender)).hasSize(1);
        assertThat(jdbc.queryForList("select reason from inbound_mails where status = 'QUARANTINED' and subject = ?",
                String.class, "sin remitente")).singleElement().asString().contains("no sender");
    }

    @Test
    void aReplyByMailAddsOnlyItsNewTextToTheTicket() throws Exception {
        Fixtures.Person customer = fixtures.customer("Carolina Rojas", null);
        long number = fixtures.ticket(customer, "El reporte de ventas no coincide");
        Fixtures.Person agent = fixtures.agent("Lucía Soporte");
        assertThat(fixtures.as(agent).post("/api/v1/tickets/" + number + "/messages",
                Map.of("body", "¿Desde qué fecha no coincide?", "status", "PENDING_CUSTOMER")).status()).isEqualTo(201);
        String ourId = jdbc.queryForObject("select message_id from outbox_mails where recipient_address = ? "
                + "order by id desc limit 1", String.class, customer.email());

        deliver(mail(customer.email(), "Carolina Rojas", "Re: [Ticket #" + number + "] El reporte de ventas",
                ourId, """
                Desde el lunes 3 de febrero.

                El lun, 3 feb 2025 a las 10:00, Soporte Resuelve <soporte@resuelve.local> escribió:
                > ##- Responda por encima de esta línea -##
                > ¿Desde qué fecha no coincide?
                """));
        poller.pollAll();

        JsonNode messages = fixtures.admin().get("/api/v1/tickets/" + number + "/messages").json();
        JsonNode last = messages.get(messages.size() - 1);
        assertThat(last.path("body").asString()).isEqualTo("Desde el lunes 3 de febrero.");
        assertThat(fixtures.admin().get("/api/v1/tickets/" + number).json().path("status").asString())
                .as("the customer answered").isEqualTo("OPEN");
    }

    @Test
    void automaticMailAndForgedSubjectTagsOpenNothingOnOtherPeoplesTickets() throws Exception {
        Fixtures.Person customer = fixtures.customer("Pedro Vega", null);
        long number = fixtures.ticket(customer, "Consulta de inventario");
        String robot = "fuera" + System.nanoTime() + "@oficina.example";
        String stranger = "extrano" + System.nanoTime() + "@otro.example";
        deliver(mail(robot, "Oficina", "Fuera de la oficina", null, "Vuelvo el lunes.")
                .replace("MIME-Version", "Auto-Submitted: auto-replied\r\nMIME-Version"));
        deliver(mail(stranger, "Extraño", "Re: [#" + number + "] Consulta de inventario", null, "Quiero ver esto."));

        poller.pollAll();

        assertThat(tickets(robot)).isEmpty();
        assertThat(tickets(stranger)).as("a new ticket of their own").hasSize(1);
        assertThat(fixtures.admin().get("/api/v1/tickets/" + number + "/messages").json()).isEmpty();
    }

    @Test
    void theRawMailApiIsForAdminsAndIdempotent() {
        String sender = "api" + System.nanoTime() + "@ferreteria.example";
        byte[] raw = mail(sender, "Webhook", "Pedido 5521 sin despachar", null, "El pedido no sale.")
                .getBytes(StandardCharsets.UTF_8);
        ApiClient admin = fixtures.admin();

        var first = admin.send("POST", "/api/v1/inbound-mail", "message/rfc822", raw);
        var again = admin.send("POST", "/api/v1/inbound-mail", "message/rfc822", raw);
        var garbage = admin.send("POST", "/api/v1/inbound-mail", "message/rfc822",
                "esto no es un correo".getBytes(StandardCharsets.UTF_8));
        var customer = fixtures.as(fixtures.customer("Cliente", null)).send("POST", "/api/v1/inbound-mail",
                "message/rfc822", raw);

        assertThat(first.status()).as(first.toString()).isEqualTo(202);
        assertThat(first.json().path("status").asString()).isEqualTo("PROCESSED");
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().path("duplicate").asBoolean()).isTrue();
        assertThat(again.json().path("ticketNumber").asLong()).isEqualTo(first.json().path("ticketNumber").asLong());
        assertThat(garbage.json().path("status").asString()).isEqualTo("QUARANTINED");
        assertThat(customer.status()).isEqualTo(403);
        assertThat(tickets(sender)).hasSize(1);
    }

    // ---- helpers (see TestMails) -----------------------------------------------------------------------------

    private static String mail(String from, String name, String subject, String inReplyTo, String body) {
        return TestMails.plainMail(from, name, subject, inReplyTo, body);
    }

    private void deliver(String raw) throws Exception {
        TestMails.deliver(mailbox, raw);
    }

    private List<StoredMessage> inbox() throws Exception {
        return TestMails.inbox(imap, mailbox);
    }

    private List<JsonNode> tickets(String requester) {
        return TestMails.ticketsOf(fixtures, requester);
    }

    private JsonNode onlyTicketOf(String requester) {
        return TestMails.onlyTicketOf(fixtures, requester);
    }
}
