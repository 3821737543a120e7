package io.resuelve.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.ServerSetup;
import io.resuelve.support.Fixtures;
import io.resuelve.support.ResuelveIntegrationTest;
import io.resuelve.support.TestMails;
import io.resuelve.support.WebSession;
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
 * Seed 003 — the first e-mail registers the person: an unknown sender gets a ticket, a customer account and a mail
 * whose single-use link lets them set their name and password; a known sender gets no such mail.
 */
@ResuelveIntegrationTest
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class MailSignUpIntegrationTests {

    private static final int IMAP_PORT = TestMails.freePort();
    private static final String SUPPORT = TestMails.SUPPORT;
    private static final Pattern LINK = Pattern.compile("https?://\\S+(/registro/verificar\\?token=[A-Za-z0-9_%-]+)");

    @RegisterExtension
    static final GreenMailExtension imap = new GreenMailExtension(new ServerSetup(IMAP_PORT, "127.0.0.1", "imap"))
            .withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void mailbox(DynamicPropertyRegistry registry) {
        registry.add("resuelve.mail.imap.host", () -> "127.0.0.1");
        registry.add("resuelve.mail.imap.port", () -> IMAP_PORT);
        registry.add("resuelve.mail.imap.ssl", () -> false);
        registry.add("resuelve.mail.imap.username", () -> "soporte");
        registry.add("resuelve.mail.imap.password", () -> "buzon-secreto");
        registry.add("resuelve.mail.poll-interval", () -> "1h");
        registry.add("resuelve.mail.idle", () -> false); // the test reads the mailbox itself
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
    void anUnknownSenderGetsATicketAnAccountAndALinkToCompleteIt() throws Exception {
        String sender = "nuevo" + System.nanoTime() + "@mdg.example";
        String other = "otro" + System.nanoTime() + "@mdg.example";
        deliver(mail(sender, "Nuevo Usuario", "Solicitud Usuario de Tiquetes de Soporte", null,
                "Solicito acceso a la plataforma de soporte."));
        deliver(mail(other, "Otra Persona", "Solicitud Usuario de Tiquetes de Soporte", null, "Yo también."));
        poller.pollAll();

        JsonNode ticket = onlyTicketOf(sender);
        long number = ticket.path("number").asLong();
        assertThat(ticket.path("requester").path("name").asString()).isEqualTo("Nuevo Usuario");
        List<Map<String, Object>> mails = jdbc.queryForList("select template_name, subject, body_text from outbox_mails "
                + "where recipient_address = ? order by id", sender);
        assertThat(mails).extracting(row -> row.get("template_name"))
                .as("the acknowledgement and the sign-up mail")
                .contains("customer/ticket-received", "customer/mail-sign-up");
        Map<String, Object> signUp = mails.stream()
                .filter(row -> "customer/mail-sign-up".equals(row.get("template_name"))).findFirst().orElseThrow();
        assertThat((String) signUp.get("subject")).contains("#" + number).contains("Complete su registro");
        String text = (String) signUp.get("body_text");
        assertThat(text).contains("Recibimos su solicitud #" + number);
        Matcher link = LINK.matcher(text);
        assertThat(link.find()).as(text).isTrue();
        String path = link.group(1);

        WebSession visitor = WebSession.visitor(port, "es");
        WebSession.Page form = visitor.get(path);
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.body()).contains(sender).doesNotContain(other).contains("id=\"name\"");
        String token = path.substring(path.indexOf("token=") + 6);
        WebSession.Page done = visitor.post("/registro/verificar", Map.of("token", token, "name", "Nuevo Usuario Pérez",
                "password", Fixtures.PASSWORD, "confirmation", Fixtures.PASSWORD));
        assertThat(done.status()).as(done.toString()).isEqualTo(302);
        assertThat(done.location()).endsWith("/tickets");
        WebSession.Page list = visitor.get("/tickets");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).as("signed in, they see their ticket").contains("Solicitud Usuario de Tiquetes");

        assertThat(WebSession.visitor(port, "es").get(path).body()).as("the link works once")
                .doesNotContain("id=\"name\"");
        WebSession.signedIn(port, sender, Fixtures.PASSWORD);
        assertThat(jdbc.queryForObject("select name from users where email = ?", String.class, sender))
                .isEqualTo("Nuevo Usuario Pérez");
        assertThat(jdbc.queryForObject("select password_hash from users where email = ?", String.class, other))
                .as("the other address is untouched").isNull();
    }

    @Test
    void aKnownSenderGetsNoSignUpMail() throws Exception {
        Fixtures.Person customer = fixtures.customer("Clienta Conocida", null);
        deliver(mail(customer.email(), "Clienta Conocida", "Otra consulta", null, "Tengo otra pregunta."));
        poller.pollAll();

        assertThat(tickets(customer.email())).hasSize(1);
        assertThat(jdbc.queryForObject("select count(*) from outbox_mails where recipient_address = ? "
                + "and template_name = 'customer/mail-sign-up'", Long.class, customer.email())).isZero();
    }

    @Test
    void automaticMailCreatesNobodyAndSendsNothing() throws Exception {
        String robot = "boletin" + System.nanoTime() + "@lista.example";
        deliver(mail(robot, "Boletín", "Novedades", null, "Noticias de la semana.")
                .replace("MIME-Version", "Precedence: bulk\r\nMIME-Version"));
        poller.pollAll();

        assertThat(jdbc.queryForObject("select count(*) from users where email = ?", Long.class, robot)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from outbox_mails where recipient_address = ?", Long.class,
                robot)).isZero();
    }

    @Test
    void aReplyKeepsItsQuoteApartBehindMostrarTextoCitadoAndNeverMailsIt() throws Exception {
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
                > Pregunta citada número 7741
                """));
        poller.pollAll();

        Map<String, Object> stored = jdbc.queryForMap("select m.body_text, m.quoted_text from messages m "
                + "join tickets t on t.id = m.ticket_id where t.number = ? order by m.id desc limit 1", number);
        assertThat(stored.get("body_text")).isEqualTo("Desde el lunes 3 de febrero.");
        assertThat((String) stored.get("quoted_text")).contains("Pregunta citada número 7741");

        String agentPage = WebSession.signedIn(port, agent.email(), Fixtures.PASSWORD)
                .get("/agente/tickets/" + number).body();
        assertThat(agentPage).contains("<summary class=\"small\">Mostrar texto citado</summary>")
                .contains("Pregunta citada número 7741");
        String portalPage = WebSession.signedIn(port, customer.email(), Fixtures.PASSWORD)
                .get("/tickets/" + number).body();
        assertThat(portalPage).contains("Mostrar texto citado").contains("Pregunta citada número 7741");
        assertThat(jdbc.queryForObject("select count(*) from outbox_mails where body_text like ? or body_html like ?",
                Long.class, "%7741%", "%7741%")).as("the quote is never mailed").isZero();
    }

    @Test
    void anHtmlMailShowsAsHtmlToAgentsWithItsRemoteImagesHeldBack() throws Exception {
        Fixtures.Person customer = fixtures.customer("Diego Mora", null);
        long number = fixtures.ticket(customer, "Logo roto en la factura");
        String html = "<p>Vea la <b>captura</b>:</p><img src=\"https://rastreo.example/pixel.png\" alt=\"captura\">"
                + "<script>alert(1)</script>";
        String raw = mail(customer.email(), "Diego Mora", "Re: [#" + number + "] Logo roto", null, "x")
                .replace("Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\nx",
                        "Content-Type: multipart/alternative; boundary=\"b1\"\r\n\r\n--b1\r\n"
                        + "Content-Type: text/plain; charset=UTF-8\r\n\r\nVea la captura:\r\n--b1\r\n"
                        + "Content-Type: text/html; charset=UTF-8\r\n\r\n" + html + "\r\n--b1--\r\n");
        deliver(raw);
        poller.pollAll();

        String stored = jdbc.queryForObject("select m.body_html from messages m join tickets t on t.id = m.ticket_id "
                + "where t.number = ? order by m.id desc limit 1", String.class, number);
        assertThat(stored).contains("data-remote-src=\"https://rastreo.example/pixel.png\"").doesNotContain("<script");

        WebSession.Page page = WebSession.signedIn(port, fixtures.agent("Marcos Soporte").email(), Fixtures.PASSWORD)
                .get("/agente/tickets/" + number);
        assertThat(page.body()).contains("Ver como HTML").contains("Mostrar imágenes remotas")
                .contains("data-remote-src=\"https://rastreo.example/pixel.png\"")
                .doesNotContainPattern("[^-]src=\"https://rastreo").doesNotContain("alert(1)")
                .contains("/js/mail-html.js");
        assertThat(page.header("Content-Security-Policy")).contains("img-src 'self' data: https:");
    }

    @Test
    void theQuoteOfTheMailThatOpensATicketIsKeptBesideItsDescription() throws Exception {
        Fixtures.Person customer = fixtures.customer("Rosa Paz", null);
        deliver(mail(customer.email(), "Rosa Paz", "Consulta sobre el cierre de caja", null, """
                Les reenvío lo que me dijo el proveedor.

                El mar, 4 feb 2025 a las 9:00, Proveedor <ventas@proveedor.example> escribió:
                > El cierre de caja 5530 quedó pendiente
                """));
        poller.pollAll();

        long number = tickets(customer.email()).get(0).path("number").asLong();
        Map<String, Object> stored = jdbc.queryForMap("select description, description_quoted from tickets "
                + "where number = ?", number);
        assertThat((String) stored.get("description")).contains("Les reenvío").doesNotContain("5530");
        assertThat((String) stored.get("description_quoted")).contains("El cierre de caja 5530 quedó pendiente");
        String portalPage = WebSession.signedIn(port, customer.email(), Fixtures.PASSWORD)
                .get("/tickets/" + number).body();
        assertThat(portalPage).contains("Mostrar texto citado").contains("El cierre de caja 5530 quedó pendiente");
        assertThat(jdbc.queryForObject("select count(*) from outbox_mails where body_text like ? or body_html like ?",
                Long.class, "%5530%", "%5530%")).as("the quote is not in the acknowledgement").isZero();
    }

    // ---- helpers (see TestMails) -----------------------------------------------------------------------------

    private static String mail(String from, String name, String subject, String inReplyTo, String body) {
        return TestMails.plainMail(from, name, subject, inReplyTo, body);
    }

    private void deliver(String raw) throws Exception {
        TestMails.deliver(mailbox, raw);
    }

    private List<JsonNode> tickets(String requester) {
        return TestMails.ticketsOf(fixtures, requester);
    }

    private JsonNode onlyTicketOf(String requester) {
        return TestMails.onlyTicketOf(fixtures, requester);
    }
}
