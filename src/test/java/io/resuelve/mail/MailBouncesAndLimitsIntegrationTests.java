package io.resuelve.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import io.resuelve.support.ApiClient;
import io.resuelve.support.Fixtures;
import io.resuelve.support.ResuelveIntegrationTest;
import io.resuelve.support.TestMails;
import io.resuelve.support.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Loops, bounces and noise, through the raw-mail API: a bounce lands on its ticket as a note and flags the address so
 * ticket mail to it is held back, until the person writes again or an admin clears it; an auto-responder that answers
 * every mail gets at most the hourly cap of automatic replies; an oversized mail is kept, not taken in, and its sender
 * is told once; an HTML mail's inline images and the opening mail's HTML show in the agent's view.
 */
@ResuelveIntegrationTest
@TestPropertySource(properties = { "resuelve.mail.max-inbound-size=64KB", "resuelve.mail.auto-reply-limit-per-hour=10" })
class MailBouncesAndLimitsIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    Fixtures fixtures;
    ApiClient admin;

    @BeforeEach
    void setUp() {
        fixtures = new Fixtures(port);
        admin = fixtures.admin();
    }

    @Test
    void aBounceLandsOnItsTicketFlagsTheAddressAndHoldsBackTicketMailUntilThePersonWritesAgain() {
        String customer = "pedro" + System.nanoTime() + "@kiosco.example";
        long number = ingest(TestMails.plainMail(customer, "Pedro Gómez", "No imprime la factura", null,
                "La impresora fiscal no imprime desde ayer.")).path("ticketNumber").asLong();
        String ourMessageId = jdbc.queryForObject("select message_id from outbox_mails where recipient_address = ? "
                + "and ticket_number = ?", String.class, customer, number);

        JsonNode bounce = ingest(bounce(customer, ourMessageId, number));

        assertThat(bounce.path("status").asString()).isEqualTo("BOUNCED");
        assertThat(bounce.path("ticketNumber").asLong()).isEqualTo(number);
        JsonNode notes = admin.get("/api/v1/tickets/" + number + "/messages").json();
        assertThat(notes).anySatisfy(note -> {
            assertThat(note.path("internal").asBoolean()).isTrue();
            assertThat(note.path("body").asString()).contains("no pudo entregarse").contains("User unknown");
        });
        assertThat(jdbc.queryForObject("select reason from bounced_addresses where address = ?", String.class,
                customer)).contains("550 5.1.1");
        long sentAfterBounce = jdbc.queryForObject("select count(*) from outbox_mails where subject like "
                + "'%Undelivered%'", Long.class);
        assertThat(sentAfterBounce).as("nothing is sent back to a bounce").isZero();

        // An agent answers: the mail to the bouncing address is kept, not sent.
        var agent = fixtures.agent("Lucía Fernández");
        var reply = fixtures.as(agent).post("/api/v1/tickets/" + number + "/messages",
                Map.of("body", "Hola Pedro, ¿puede enviarnos una foto del error?"));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        assertThat(statusOfLastMailTo(customer)).isEqualTo("SUPPRESSED");
        WebSession page = WebSession.signedIn(port, agent.email(), Fixtures.PASSWORD);
        assertThat(page.get("/agente/tickets/" + number).body()).contains("id=\"requester-bounced\"");

        // The person writes again: the address works, mail flows again.
        ingest(TestMails.plainMail(customer, "Pedro Gómez", "Re: No imprime la factura", ourMessageId,
                "Ya tengo el buzón arreglado, aquí está la foto."));
        assertThat(jdbc.queryForObject("select count(*) from bounced_addresses where address = ?", Long.class,
                customer)).isZero();
        fixtures.as(agent).post("/api/v1/tickets/" + number + "/messages", Map.of("body", "Gracias, lo revisamos."));
        assertThat(statusOfLastMailTo(customer)).isEqualTo("PENDING");
    }

    @Test
    void anAdminClearsTheBounceFlagAndTheAuditLogSaysWho() {
        String customer = "rebota" + System.nanoTime() + "@kiosco.example";
        long number = ingest(TestMails.plainMail(customer, "Rebota", "Consulta de saldo", null, "¿Cuál es mi saldo?"))
                .path("ticketNumber").asLong();
        String ourMessageId = jdbc.queryForObject("select message_id from outbox_mails where recipient_address = ? "
                + "and ticket_number = ?", String.class, customer, number);
        ingest(bounce(customer, ourMessageId, number));
        WebSession session = WebSession.signedIn(port, "admin@resuelve.local", "Resuelve-Admin-2026");
        String row = "<td class=\"text-break\">" + customer + "</td>";
        assertThat(session.get("/admin/rebotes").body()).contains(row);

        var cleared = session.post("/admin/rebotes/quitar", Map.of("direccion", customer));

        assertThat(cleared.status()).isEqualTo(302);
        assertThat(session.get("/admin/rebotes").body()).doesNotContain(row);
        assertThat(jdbc.queryForObject("select count(*) from audit_entries where action = 'bounce.cleared' and "
                + "target_label = ?", Long.class, customer)).isEqualTo(1);
        WebSession customerSession = WebSession.signedIn(port, fixtures.customer("Otra", null).email(),
                Fixtures.PASSWORD);
        assertThat(customerSession.get("/admin/rebotes").status()).isEqualTo(403);
    }

    @Test
    void anAutoResponderThatAnswersEveryMailGetsAtMostTheHourlyCap() {
        // The worst kind: it declares nothing (no Auto-Submitted, no Precedence) and writes a new subject each time,
        // so every one of its mails opens a ticket and asks for an acknowledgement.
        String robot = "vacaciones" + System.nanoTime() + "@proveedor.example";
        for (int i = 0; i < 25; i++) {
            ingest(TestMails.plainMail(robot, "Fuera de la oficina", "Estoy de vacaciones (" + i + ")", null,
                    "Regreso el lunes. Este mensaje se envía automáticamente."));
        }
        List<Map<String, Object>> replies = jdbc.queryForList("select status from outbox_mails where "
                + "recipient_address = ? and kind = 'AUTO_REPLIED'", robot);
        assertThat(replies).hasSize(25);
        assertThat(replies.stream().filter(r -> !"SUPPRESSED".equals(r.get("status"))).count()).isEqualTo(10);
    }

    @Test
    void anOversizedMailIsKeptNotTakenInAndItsSenderIsToldOnce() {
        String sender = "grande" + System.nanoTime() + "@cliente.example";
        String raw = withAttachment(TestMails.plainMail(sender, "Grande", "Video del error", null, "Adjunto el video."),
                "video.mp4", new byte[100 * 1024]);

        JsonNode first = ingest(raw);
        JsonNode again = ingest(raw);

        assertThat(first.path("status").asString()).isEqualTo("OVERSIZED");
        assertThat(first.path("ticketNumber").isNull() || first.path("ticketNumber").isMissingNode()).isTrue();
        assertThat(again.path("duplicate").asBoolean()).isTrue();
        assertThat(TestMails.ticketsOf(fixtures, sender)).isEmpty();
        List<Map<String, Object>> told = jdbc.queryForList("select subject, template_name from outbox_mails where "
                + "recipient_address = ?", sender);
        assertThat(told).hasSize(1);
        assertThat(told.get(0).get("TEMPLATE_NAME")).isEqualTo("customer/mail-too-large");
        assertThat((String) told.get(0).get("SUBJECT")).contains("Video del error").contains("tamaño máximo");
        assertThat(jdbc.queryForObject("select sender_told from inbound_mails where sender = ?", Boolean.class, sender))
                .isTrue();

        // An automatic oversized mail is kept without an answer.
        String robot = "robot" + System.nanoTime() + "@cliente.example";
        ingest(withAttachment(TestMails.plainMail(robot, "Robot", "Informe diario", null, "Adjunto el informe.")
                .replace("MIME-Version", "Auto-Submitted: auto-generated\r\nMIME-Version"), "informe.pdf",
                new byte[100 * 1024]));
        assertThat(jdbc.queryForObject("select count(*) from outbox_mails where recipient_address = ?", Long.class,
                robot)).isZero();

        // An admin takes it in after all.
        long id = first.path("inboundId").asLong();
        WebSession session = WebSession.signedIn(port, "admin@resuelve.local", "Resuelve-Admin-2026");
        assertThat(session.get("/admin/correo-entrante/" + id).body()).contains("id=\"inbound-sender-told\"")
                .contains("inbound-reprocess");
        session.post("/admin/correo-entrante/" + id + "/reprocesar", Map.of());
        assertThat(TestMails.ticketsOf(fixtures, sender)).hasSize(1);
    }

    @Test
    void theAgentSeesTheOpeningMailsHtmlWithItsInlineImagesInPlace() {
        String sender = "html" + System.nanoTime() + "@cliente.example";
        byte[] png = Base64.getDecoder().decode(
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==");
        String raw = "From: Sofía <" + sender + ">\r\nTo: " + TestMails.SUPPORT + "\r\nSubject: Error en pantalla\r\n"
                + "Message-ID: <" + System.nanoTime() + "@cliente.example>\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: multipart/related; boundary=\"rel\"\r\n\r\n"
                + "--rel\r\nContent-Type: text/html; charset=UTF-8\r\n\r\n"
                + "<p>Así se ve <b>el error</b>:</p><img src=\"cid:captura@cliente\" alt=\"captura\">"
                + "<img src=\"https://rastreo.example/pixel.gif\"><script>alert(1)</script>\r\n"
                + "--rel\r\nContent-Type: image/png; name=\"captura.png\"\r\nContent-ID: <captura@cliente>\r\n"
                + "Content-Disposition: inline; filename=\"captura.png\"\r\nContent-Transfer-Encoding: base64\r\n\r\n"
                + Base64.getMimeEncoder().encodeToString(png) + "\r\n--rel--\r\n";
        long number = ingest(raw).path("ticketNumber").asLong();
        long attachment = jdbc.queryForObject("select id from attachments where content_id = 'captura@cliente'",
                Long.class);

        var agent = fixtures.agent("Agente HTML");
        String page = WebSession.signedIn(port, agent.email(), Fixtures.PASSWORD).get("/agente/tickets/" + number)
                .body();

        assertThat(page).contains("<img src=\"/adjuntos/" + attachment + "?ver=true\" alt=\"captura\">")
                .contains("data-remote-src=\"https://rastreo.example/pixel.gif\"")
                .doesNotContain("<script>alert(1)");
    }

    // ---- helpers ---------------------------------------------------------------------------------------------

    private JsonNode ingest(String raw) {
        var response = admin.send("POST", "/api/v1/inbound-mail", "message/rfc822", raw.getBytes(StandardCharsets.UTF_8));
        assertThat(response.status()).as(response.toString()).isIn(200, 202);
        return response.json();
    }

    private String statusOfLastMailTo(String address) {
        return jdbc.queryForObject("select status from outbox_mails where recipient_address = ? order by id desc "
                + "limit 1", String.class, address);
    }

    /** An RFC 3464 report from the receiving server, quoting the headers of our mail that bounced. */
    private static String bounce(String recipient, String ourMessageId, long number) {
        return "Return-Path: <>\r\nFrom: Mail Delivery System <MAILER-DAEMON@mx.kiosco.example>\r\n"
                + "To: " + TestMails.SUPPORT + "\r\nSubject: Undelivered Mail Returned to Sender\r\n"
                + "Message-ID: <" + System.nanoTime() + ".bounce@mx.kiosco.example>\r\nAuto-Submitted: auto-replied\r\n"
                + "MIME-Version: 1.0\r\n"
                + "Content-Type: multipart/report; report-type=delivery-status; boundary=\"dsn\"\r\n\r\n"
                + "--dsn\r\nContent-Type: text/plain\r\n\r\nYour message could not be delivered: 550 User unknown\r\n"
                + "--dsn\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mx.kiosco.example\r\n\r\n"
                + "Final-Recipient: rfc822; " + recipient + "\r\nAction: failed\r\nStatus: 5.1.1\r\n"
                + "Diagnostic-Code: smtp; 550 5.1.1 <" + recipient + ">: User unknown\r\n"
                + "--dsn\r\nContent-Type: text/rfc822-headers\r\n\r\nFrom: " + TestMails.SUPPORT + "\r\nTo: "
                + recipient + "\r\nSubject: [#" + number + "] Recibimos su solicitud\r\nMessage-ID: " + ourMessageId
                + "\r\n--dsn--\r\n";
    }

    /** The plain mail turned into a multipart one carrying a file of the given bytes. */
    private static String withAttachment(String plain, String filename, byte[] content) {
        int split = plain.indexOf("\r\n\r\n");
        String headers = plain.substring(0, split).replaceAll("Content-Type: text/plain; charset=UTF-8\r\n"
                + "Content-Transfer-Encoding: 8bit", "Content-Type: multipart/mixed; boundary=\"mix\"");
        String body = plain.substring(split + 4);
        return headers + "\r\n\r\n--mix\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n" + body
                + "\r\n--mix\r\nContent-Type: application/octet-stream; name=\"" + filename + "\"\r\n"
                + "Content-Disposition: attachment; filename=\"" + filename + "\"\r\n"
                + "Content-Transfer-Encoding: base64\r\n\r\n" + Base64.getMimeEncoder().encodeToString(content)
                + "\r\n--mix--\r\n";
    }
}
