package io.resuelve.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.ServerSetup;
import io.resuelve.support.ApiClient;
import io.resuelve.support.Fixtures;
import io.resuelve.support.ResuelveIntegrationTest;
import io.resuelve.support.WebSession;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * An admin sets up a mailbox against a real IMAP server (GreenMail), tries the connection with the right and the
 * wrong password, reads it now and finds the mail as a ticket in the incoming list; a quarantined mail shows its
 * reason, can be reprocessed and downloaded safely. Agents are kept out, and the password never reaches a page or
 * the audit log.
 */
@ResuelveIntegrationTest
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class MailboxAdminIntegrationTests {

    private static final int IMAP_PORT = freePort();
    private static final String SECRET = "clave-del-buzon-" + System.nanoTime();

    @RegisterExtension
    static final GreenMailExtension imap = new GreenMailExtension(new ServerSetup(IMAP_PORT, "127.0.0.1", "imap"))
            .withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        registry.add("resuelve.mail.poll-interval", () -> "1h"); // the admin reads the mailbox with "Leer ahora"
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    GreenMailUser user;
    Fixtures fixtures;
    WebSession admin;

    @BeforeEach
    void setUp() {
        GreenMailUser existing = imap.getUserManager().getUser("ventas");
        user = existing != null ? existing : imap.setUser("ventas@resuelve.local", "ventas", SECRET);
        fixtures = new Fixtures(port);
        admin = WebSession.signedIn(port, Fixtures.ADMIN_EMAIL, Fixtures.ADMIN_PASSWORD);
    }

    @Test
    void anAdminSetsUpAMailboxTestsItReadsItAndFindsTheTicket() throws Exception {
        String name = "Ventas " + System.nanoTime();
        WebSession.Page created = admin.post("/admin/buzones", Map.of("name", name, "host", "127.0.0.1",
                "port", Integer.toString(IMAP_PORT), "username", "ventas", "password", SECRET, "folder", "INBOX"));
        assertThat(created.status()).as(created.toString()).isEqualTo(302);
        String page = created.location().replaceFirst("^https?://[^/]+", "");
        long id = Long.parseLong(page.substring(page.lastIndexOf('/') + 1));
        String shown = admin.get(page).body();
        assertThat(shown).contains("Se añadió el buzón «" + name + "»").doesNotContain(SECRET);
        assertThat(admin.get("/admin/buzones").body()).contains(name).contains("ventas @ 127.0.0.1").doesNotContain(SECRET);

        // "Probar conexión": OK.
        assertThat(admin.post(page + "/probar", Map.of()).status()).isEqualTo(302);
        assertThat(admin.get(page).body()).contains("Conexión correcta");

        // A wrong password: the server's refusal is shown, the stored one is unchanged, and testing changed nothing.
        assertThat(admin.post(page, Map.of("name", name, "host", "127.0.0.1", "port", Integer.toString(IMAP_PORT),
                "username", "ventas", "password", "equivocada", "folder", "INBOX")).status()).isEqualTo(302);
        assertThat(admin.get(page).body()).contains("Se guardaron los cambios del buzón.");
        admin.post(page + "/probar", Map.of());
        String failed = admin.get(page).body();
        assertThat(failed).contains("No fue posible conectarse. El servidor respondió:").doesNotContain("equivocada");
        assertThat(jdbc.queryForMap("select last_polled_at, last_error, last_uid from mailboxes where id = ?", id))
                .containsEntry("LAST_POLLED_AT", null).containsEntry("LAST_ERROR", null).containsEntry("LAST_UID", 0L);

        // Back to the right password; a blank password on a later save keeps it.
        admin.post(page, Map.of("name", name, "host", "127.0.0.1", "port", Integer.toString(IMAP_PORT),
                "username", "ventas", "password", SECRET, "folder", "INBOX"));
        admin.get(page);
        long group = fixtures.admin().post("/api/v1/groups", Map.of("name", "Ventas " + System.nanoTime()))
                .number("id");
        admin.post(page, Map.of("name", name, "host", "127.0.0.1", "port", Integer.toString(IMAP_PORT),
                "username", "ventas", "password", "", "folder", "INBOX", "groupId", Long.toString(group)));
        admin.get(page);
        assertThat(jdbc.queryForObject("select password from mailboxes where id = ?", String.class, id)).isEqualTo(SECRET);

        // "Leer ahora" brings a delivered mail in as a ticket.
        String sender = "rosa" + System.nanoTime() + "@tienda.example";
        String subject = "Pedido 77" + System.nanoTime() + " sin llegar";
        deliver("From: Rosa <" + sender + ">\r\nTo: ventas@resuelve.local\r\nSubject: " + subject
                + "\r\nMessage-ID: <" + System.nanoTime() + "@tienda.example>\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: text/plain; charset=UTF-8\r\n\r\nEl pedido no ha llegado.\r\n");
        assertThat(admin.post(page + "/leer", Map.of()).status()).isEqualTo(302);
        assertThat(admin.get(page).body()).contains("Lectura terminada: 1 correos nuevos.");
        Long ticket = jdbc.queryForObject("select ticket_number from inbound_mails where sender = ?", Long.class, sender);
        assertThat(ticket).isNotNull();
        assertThat(jdbc.queryForObject("select group_id from tickets where number = ?", Long.class, ticket))
                .as("new tickets go to the mailbox's group").isEqualTo(group);
        assertThat(admin.get("/admin/correo-entrante").body()).contains(subject).contains("/agente/tickets/" + ticket);
        assertThat(admin.get("/admin/correo-entrante?estado=PROCESSED").body()).contains(subject);
        assertThat(admin.get("/admin/correo-entrante?estado=QUARANTINED").body()).doesNotContain(subject);

        // Disabled, then the audit log: the creation is there, the password nowhere.
        admin.post(page + "/estado", Map.of("enabled", "false"));
        assertThat(jdbc.queryForObject("select enabled from mailboxes where id = ?", Boolean.class, id)).isFalse();
        List<String> actions = jdbc.queryForList("select action from audit_entries where target_type = 'MAILBOX'"
                + " and target_id = ? order by id", String.class, Long.toString(id));
        assertThat(actions).startsWith("mailbox.created").contains("mailbox.changed", "mailbox.disabled");
        assertThat(jdbc.queryForObject("select count(*) from audit_changes c join audit_entries e on e.id = c.entry_id"
                + " where e.target_id = ? and e.action = 'mailbox.created' and c.field_name = 'host'"
                + " and c.after_value = '127.0.0.1'", Long.class, Long.toString(id))).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from audit_changes where after_value like ? or before_value like ?"
                + " or after_value = 'equivocada' or before_value = 'equivocada'", Long.class, "%" + SECRET + "%",
                "%" + SECRET + "%")).isZero();
        assertThat(admin.get("/admin/auditoria?type=MAILBOX").body()).contains("añadió el buzón").contains(name)
                .doesNotContain(SECRET);
    }

    @Test
    void aQuarantinedMailShowsItsReasonIsReprocessedAndDownloadsSafely() {
        byte[] garbage = ("esto no es un correo " + System.nanoTime()).getBytes(StandardCharsets.UTF_8);
        ApiClient api = fixtures.admin();
        var answer = api.send("POST", "/api/v1/inbound-mail", "message/rfc822", garbage);
        assertThat(answer.json().path("status").asString()).isEqualTo("QUARANTINED");
        long id = answer.json().path("inboundId").asLong(answer.json().path("id").asLong());
        assertThat(id).isPositive();
        String reason = jdbc.queryForObject("select reason from inbound_mails where id = ?", String.class, id);

        assertThat(admin.get("/admin/correo-entrante?estado=QUARANTINED").body())
                .contains("/admin/correo-entrante/" + id + "\"").contains(escape(reason));
        String detail = admin.get("/admin/correo-entrante/" + id).body();
        assertThat(detail).contains("En cuarentena").contains(escape(reason)).contains("Reprocesar")
                .contains("Descargar original (.eml)");

        jdbc.update("update inbound_mails set reason = 'motivo anterior' where id = ?", id);
        WebSession.Page reprocessed = admin.post("/admin/correo-entrante/" + id + "/reprocesar", Map.of());
        assertThat(reprocessed.status()).isEqualTo(302);
        assertThat(admin.get("/admin/correo-entrante/" + id).body())
                .contains("Se reprocesó, pero sigue en cuarentena").doesNotContain("motivo anterior");
        assertThat(jdbc.queryForMap("select status, reason from inbound_mails where id = ?", id))
                .containsEntry("STATUS", "QUARANTINED").doesNotContainEntry("REASON", "motivo anterior");

        WebSession.Page original = admin.get("/admin/correo-entrante/" + id + "/original");
        assertThat(original.status()).isEqualTo(200);
        assertThat(original.header("Content-Type")).startsWith("message/rfc822");
        assertThat(original.header("Content-Disposition")).startsWith("attachment").contains(".eml");
        assertThat(original.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(original.bytes()).isEqualTo(garbage);
    }

    @Test
    void agentsAreTurnedAway() {
        Fixtures.Person agent = fixtures.agent("Agente Curioso");
        WebSession session = WebSession.signedIn(port, agent.email(), Fixtures.PASSWORD);
        assertThat(session.get("/admin/buzones").status()).isEqualTo(403);
        assertThat(session.get("/admin/correo-entrante").status()).isEqualTo(403);
        assertThat(session.post("/admin/buzones", Map.of("name", "x", "host", "h", "username", "u", "password", "p"))
                .status()).isEqualTo(403);
        assertThat(jdbc.queryForObject("select count(*) from mailboxes where name = 'x'", Long.class)).isZero();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }

    private void deliver(String raw) throws Exception {
        user.deliver(new MimeMessage(Session.getInstance(new Properties()),
                new ByteArrayInputStream(raw.getBytes(StandardCharsets.UTF_8))));
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
