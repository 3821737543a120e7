package io.resuelve.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.resuelve.mail.MailOutbox;
import io.resuelve.mail.OutboxMailView;
import io.resuelve.support.ApiClient;
import io.resuelve.support.Fixtures;
import io.resuelve.support.ResuelveIntegrationTest;
import io.resuelve.support.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Agents' notifications over the running application: who is told about new tickets, customer replies and
 * assignments, the bell's count, e-mails as each agent prefers (checked in the outbox), and that nobody reads or
 * marks someone else's notifications.
 */
@ResuelveIntegrationTest
class NotificationsIntegrationTests {

    /** Listeners run once the ticket change is committed, possibly on another thread. */
    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final Pattern COUNT = Pattern.compile("(\\d+) sin leer");
    private static final Pattern NOTIFICATION = Pattern.compile("href=\"/agente/notificaciones/(\\d+)\"");

    @LocalServerPort
    int port;

    @Autowired
    MailOutbox outbox;

    Fixtures fixtures;
    ApiClient admin;
    long group;
    Agent ana;
    Agent bruno;
    Agent carla;
    Fixtures.Person customer;

    record Agent(Fixtures.Person person, WebSession web) {
    }

    @BeforeEach
    void team() {
        fixtures = new Fixtures(port);
        admin = fixtures.admin();
        group = admin.post("/api/v1/groups", Map.of("name", "Soporte nivel 1 " + System.nanoTime())).number("id");
        ana = agent("Ana Torres", List.of(group));
        bruno = agent("Bruno Díaz", List.of(group));
        carla = agent("Carla Méndez", List.of());
        customer = fixtures.customer("Mariana López", fixtures.organisation("Logística Rioplatense", true));
    }

    @Test
    void aNewTicketTellsEveryAgentAndMovingItIntoAGroupTellsItsMembersOnly() {
        WebSession adminWeb = WebSession.signedIn(port, Fixtures.ADMIN_EMAIL, Fixtures.ADMIN_PASSWORD);
        long adminBefore = count(adminWeb);

        long number = fixtures.ticket(customer, "No se cargan los pedidos de la ruta 1");

        awaitCount(ana.web(), 1);
        assertThat(ana.web().get("/agente/notificaciones/contador").body()).contains(">1<", "1 sin leer");
        awaitCount(carla.web(), 1);
        assertThat(count(adminWeb)).as("admins are not flooded with every new ticket").isEqualTo(adminBefore);
        assertThat(ana.web().get("/agente/notificaciones/menu").body())
                .contains("Nuevo ticket de Mariana López", "#" + number + " · No se cargan los pedidos de la ruta 1");

        assertThat(admin.patch("/api/v1/tickets/" + number, Map.of("groupId", group)).status()).isEqualTo(200);

        awaitCount(ana.web(), 2);
        awaitCount(bruno.web(), 2);
        assertThat(count(carla.web())).as("not a member of the group").isEqualTo(1);
        assertThat(bruno.web().get("/agente/notificaciones").body()).contains("Ticket sin asignar en su grupo");
        assertThat(mailsTo(ana)).as("new tickets are not mailed by default").isEmpty();
    }

    @Test
    void aCustomerReplyOnAnAssignedTicketTellsOnlyTheAssigneeAndMailsThemByDefault() {
        long number = fixtures.ticket(customer, "Error 1102 al sincronizar");
        awaitCount(ana.web(), 1);
        assertThat(admin.patch("/api/v1/tickets/" + number, Map.of("assignee", ana.person().id())).status())
                .isEqualTo(200);
        await().atMost(WAIT).untilAsserted(() -> assertThat(mailsTo(ana)).singleElement().satisfies(mail ->
                assertThat(mail.subject()).isEqualTo("[#" + number + "] Ticket asignado a usted: Error 1102 al sincronizar")));
        long anaBefore = count(ana.web());
        long brunoBefore = count(bruno.web());
        long carlaBefore = count(carla.web());

        var reply = fixtures.as(customer).post("/api/v1/tickets/" + number + "/messages",
                Map.of("body", "Sigue apareciendo el error 1102 en la ruta 3."));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);

        awaitCount(ana.web(), anaBefore + 1);
        awaitCount(bruno.web(), brunoBefore);
        awaitCount(carla.web(), carlaBefore);
        OutboxMailView mail = mailsTo(ana).get(0);
        assertThat(mail.subject()).isEqualTo("[#" + number + "] Nueva respuesta del cliente: Error 1102 al sincronizar");
        assertThat(mail.text()).contains("Hola, Ana Torres:", "Mariana López respondió en un ticket asignado a usted",
                "Sigue apareciendo el error 1102 en la ruta 3.", "Solicitante: Mariana López",
                "http://localhost:0/agente/tickets/" + number);
        assertThat(mail.html()).contains("href=\"http://localhost:0/agente/tickets/" + number + "\"");
        assertThat(mailsTo(bruno)).isEmpty();
    }

    @Test
    void theMailPreferenceDecidesWhetherTheAgentIsAlsoMailed() {
        var saved = ana.web().post("/agente/notificaciones/preferencias", Map.of("gruposCorreo", "true"));
        assertThat(saved.status()).isEqualTo(302);
        assertThat(ana.web().get("/agente/notificaciones/preferencias").body())
                .containsPattern("id=\"gruposCorreo\"[^>]*checked").doesNotContainPattern("id=\"respuestasCorreo\"[^>]*checked");

        long number = fixtures.ticket(customer, "Consulta sobre el reporte de ventas");
        await().atMost(WAIT).untilAsserted(() -> assertThat(mailsTo(ana)).as("group tickets on").singleElement()
                .satisfies(mail -> assertThat(mail.subject()).startsWith("[#" + number + "] Nuevo ticket")));
        assertThat(mailsTo(carla)).as("defaults: group tickets off").isEmpty();

        admin.patch("/api/v1/tickets/" + number, Map.of("assignee", ana.person().id()));
        fixtures.as(customer).post("/api/v1/tickets/" + number + "/messages", Map.of("body", "¿Alguna novedad?"));

        awaitCount(ana.web(), 3);
        assertThat(mailsTo(ana)).as("replies and assignments off").hasSize(1);

        // Other test classes share this database: leave the defaults, so Ana is not mailed their new tickets.
        ana.web().post("/agente/notificaciones/preferencias", Map.of("respuestasCorreo", "true",
                "asignacionesCorreo", "true"));
    }

    @Test
    void agentsOpenAndMarkOnlyTheirOwnNotifications() {
        long number = fixtures.ticket(customer, "Cambio de telémetro en la máquina 214");
        fixtures.ticket(customer, "Carga masiva de usuarios");
        awaitCount(ana.web(), 2);
        long id = firstNotificationId(ana.web().get("/agente/notificaciones?filtro=no-leidas").body(), number);

        assertThat(carla.web().get("/agente/notificaciones/" + id).status()).isEqualTo(404);
        assertThat(carla.web().post("/agente/notificaciones/" + id + "/leida", Map.of()).status()).isEqualTo(404);
        awaitCount(ana.web(), 2);

        var opened = ana.web().get("/agente/notificaciones/" + id);
        assertThat(opened.status()).isEqualTo(302);
        assertThat(opened.location()).endsWith("/agente/tickets/" + number);
        awaitCount(ana.web(), 1);
        assertThat(ana.web().get("/agente/notificaciones?filtro=no-leidas").body())
                .doesNotContain("href=\"/agente/notificaciones/" + id + "\"");

        assertThat(ana.web().post("/agente/notificaciones/leidas", Map.of()).status()).isEqualTo(302);
        assertThat(count(ana.web())).isZero();
        assertThat(count(carla.web())).as("someone else's marks change nothing of hers").isEqualTo(2);
        assertThat(WebSession.signedIn(port, customer.email(), Fixtures.PASSWORD)
                .get("/agente/notificaciones/contador").status()).isEqualTo(403);
    }

    private Agent agent(String name, List<Long> groups) {
        String email = name.toLowerCase().replace(' ', '.').replace('í', 'i').replace('é', 'e') + System.nanoTime()
                + "@soporte.example";
        var created = admin.post("/api/v1/users", Map.of("name", name, "email", email, "role", "AGENT", "password",
                Fixtures.PASSWORD, "groupIds", groups));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return new Agent(new Fixtures.Person(created.number("id"), email),
                WebSession.signedIn(port, email, Fixtures.PASSWORD));
    }

    private static void awaitCount(WebSession session, long expected) {
        await().atMost(WAIT).untilAsserted(() -> assertThat(count(session)).isEqualTo(expected));
    }

    private static long count(WebSession session) {
        var page = session.get("/agente/notificaciones/contador");
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        Matcher matcher = COUNT.matcher(page.body());
        assertThat(matcher.find()).as(page.body()).isTrue();
        return Long.parseLong(matcher.group(1));
    }

    private List<OutboxMailView> mailsTo(Agent agent) {
        return outbox.recent(500).stream().filter(mail -> mail.to().equals(agent.person().email())).toList();
    }

    private static long firstNotificationId(String page, long number) {
        int at = page.indexOf("#" + number + " · ");
        assertThat(at).as(page).isPositive();
        Matcher matcher = NOTIFICATION.matcher(page.substring(0, at));
        long id = -1;
        while (matcher.find()) {
            id = Long.parseLong(matcher.group(1));
        }
        assertThat(id).isPositive();
        return id;
    }
}
