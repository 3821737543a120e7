package io.resuelve.agent;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import io.resuelve.accounts.Actor;
import io.resuelve.accounts.Role;
import io.resuelve.mail.MailOutbox;
import io.resuelve.mail.OutboxMailView;
import io.resuelve.support.ApiClient;
import io.resuelve.support.Fixtures;
import io.resuelve.support.MutableClock;
import io.resuelve.support.ResuelveIntegrationTest;
import io.resuelve.support.WebSession;
import io.resuelve.tickets.NewTicket;
import io.resuelve.tickets.TicketManagement;
import io.resuelve.tickets.Upload;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import tools.jackson.databind.JsonNode;

/** Merging duplicates (API and agent pages) and the presence of agents on a ticket, over the running application. */
@ResuelveIntegrationTest
class MergeAndPresenceIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    MailOutbox outbox;

    @Autowired
    MutableClock clock;

    @Autowired
    TicketManagement tickets;

    Fixtures fixtures;
    Fixtures.Organisation org;
    Fixtures.Person ana;
    Fixtures.Person luis;
    Fixtures.Person agent;

    @BeforeEach
    void setUp() {
        fixtures = new Fixtures(port);
        org = fixtures.organisation("Distribuidora Andina", false);
        ana = fixtures.customer("Ana Duplicada", org);
        luis = fixtures.customer("Luis Original", org);
        agent = fixtures.agent("Lucía Agente");
    }

    @Test
    void mergingMovesTheWholeThreadInDateOrderAndClosesTheSourceWithALink() {
        long target = fixtures.ticket(luis, "Los pedidos no cargan en la ruta 1");
        clock.advance(java.time.Duration.ofMinutes(5));
        long source = tickets.file(NewTicket.of("Pedidos sin cargar", "Desde esta mañana no cargan los pedidos",
                null), List.of(new Upload("captura.txt", new ByteArrayResource("error 1102".getBytes(
                        StandardCharsets.UTF_8)))), new Actor(ana.id(), Role.CUSTOMER, org.id(), ana.email())).number();
        ApiClient agentApi = fixtures.as(agent);
        clock.advance(java.time.Duration.ofMinutes(5));
        assertThat(agentApi.post("/api/v1/tickets/" + source + "/messages",
                Map.of("body", "Nota interna: es el mismo caso que el de Luis", "internal", true)).status())
                .isEqualTo(201);
        clock.advance(java.time.Duration.ofMinutes(5));
        assertThat(fixtures.as(luis).post("/api/v1/tickets/" + target + "/messages",
                Map.of("body", "Sigue fallando")).status()).isEqualTo(201);
        long mailsBefore = lastMailId();

        clock.advance(java.time.Duration.ofMinutes(5));
        var merged = agentApi.post("/api/v1/tickets/" + source + "/merge", Map.of("into", target));

        assertThat(merged.status()).as(merged.toString()).isEqualTo(200);
        assertThat(merged.json().path("number").asLong()).isEqualTo(target);
        assertThat(StreamSupport.stream(merged.json().path("cc").spliterator(), false).map(JsonNode::asString))
                .contains(ana.email());
        var closed = agentApi.get("/api/v1/tickets/" + source).json();
        assertThat(closed.path("status").asString()).isEqualTo("CLOSED");
        assertThat(closed.path("mergedInto").asLong()).isEqualTo(target);

        List<String> thread = StreamSupport.stream(agentApi.get("/api/v1/tickets/" + target + "/messages").json()
                .spliterator(), false).map(m -> m.path("body").asString()).toList();
        assertThat(thread).as("oldest first, the source's description among them").hasSize(4);
        assertThat(thread.get(0)).contains("no cargan los pedidos");
        assertThat(thread.get(1)).contains("Nota interna");
        assertThat(thread.get(2)).isEqualTo("Sigue fallando");
        assertThat(thread.get(3)).contains("#" + source);
        var targetThread = agentApi.get("/api/v1/tickets/" + target + "/messages").json();
        assertThat(targetThread.get(0).path("attachments")).as("the description's file goes with it").hasSize(1);
        assertThat(targetThread.get(1).path("internal").asBoolean()).isTrue();

        List<String> sourceThread = StreamSupport.stream(agentApi.get("/api/v1/tickets/" + source + "/messages")
                .json().spliterator(), false).map(m -> m.path("body").asString()).toList();
        assertThat(sourceThread).singleElement().asString().contains("#" + target);

        // Ana, now in copy, reads the target in the portal; the internal note stays out of her sight.
        var anaView = fixtures.as(ana).get("/api/v1/tickets/" + target + "/messages");
        assertThat(anaView.status()).isEqualTo(200);
        assertThat(anaView.body()).contains("no cargan los pedidos").doesNotContain("Nota interna");
        var portal = WebSession.signedIn(port, ana.email(), Fixtures.PASSWORD).get("/tickets/" + source);
        assertThat(portal.body()).contains("merged-banner").contains("/tickets/" + target);

        List<OutboxMailView> mails = outbox.recent(50).stream().filter(m -> m.id() > mailsBefore).toList();
        assertThat(mails).extracting(OutboxMailView::to).contains(ana.email(), luis.email());
        assertThat(mails).allSatisfy(mail -> assertThat(mail.text()).doesNotContain("Nota interna"));

        var history = agentApi.get("/api/v1/tickets/" + source + "/history");
        assertThat(history.body()).contains("mergedInto");
    }

    @Test
    void aRefusedMergeMovesNothing() {
        long open = fixtures.ticket(ana, "Factura duplicada");
        long closed = fixtures.ticket(luis, "Factura anterior");
        ApiClient agentApi = fixtures.as(agent);
        assertThat(agentApi.post("/api/v1/tickets/" + closed + "/close", Map.of()).status()).isEqualTo(200);

        var intoClosed = agentApi.inLanguage("es").post("/api/v1/tickets/" + open + "/merge", Map.of("into", closed));
        var intoItself = agentApi.post("/api/v1/tickets/" + open + "/merge", Map.of("into", open));
        var noTarget = agentApi.post("/api/v1/tickets/" + open + "/merge", Map.of());
        var byCustomer = fixtures.as(ana).post("/api/v1/tickets/" + open + "/merge",
                Map.of("into", fixtures.ticket(ana, "Otro")));

        assertThat(intoClosed.status()).isEqualTo(409);
        assertThat(intoClosed.body()).contains("está cerrado");
        assertThat(intoItself.status()).isEqualTo(400);
        assertThat(noTarget.status()).isEqualTo(400);
        assertThat(byCustomer.status()).isEqualTo(403);
        var untouched = agentApi.get("/api/v1/tickets/" + open).json();
        assertThat(untouched.path("status").asString()).isEqualTo("NEW");
        assertThat(untouched.path("mergedInto").isNull()).isTrue();
        assertThat(agentApi.get("/api/v1/tickets/" + closed + "/messages").json()).isEmpty();
    }

    @Test
    void theMergePageOffersTheRequestersOtherTicketsAndConfirmsBeforeMerging() {
        long first = fixtures.ticket(ana, "No puedo facturar");
        long second = fixtures.ticket(ana, "No puedo facturar (otra vez)");
        WebSession page = WebSession.signedIn(port, agent.email(), Fixtures.PASSWORD);

        var form = page.get("/agente/tickets/" + second + "/fusionar");
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.body()).contains("#" + first).contains("No puedo facturar");

        var confirm = page.post("/agente/tickets/" + second + "/fusionar", Map.of("destino", "#" + first));
        assertThat(confirm.status()).isEqualTo(200);
        assertThat(confirm.body()).contains("Fusionar #" + second + " en #" + first);
        assertThat(fixtures.as(agent).get("/api/v1/tickets/" + second).json().path("status").asString())
                .as("nothing happens before the confirmation").isEqualTo("NEW");

        var unknown = page.post("/agente/tickets/" + second + "/fusionar", Map.of("destino", "99999999"));
        assertThat(unknown.status()).isEqualTo(200);
        assertThat(unknown.body()).contains("No encontramos el ticket");

        var done = page.post("/agente/tickets/" + second + "/fusionar",
                Map.of("destino", Long.toString(first), "confirmar", "true"));
        assertThat(done.status()).isEqualTo(302);
        assertThat(done.location()).endsWith("/agente/tickets/" + first);
        var merged = fixtures.as(agent).get("/api/v1/tickets/" + second).json();
        assertThat(merged.path("mergedInto").asLong()).isEqualTo(first);

        var customer = WebSession.signedIn(port, ana.email(), Fixtures.PASSWORD);
        assertThat(customer.get("/agente/tickets/" + first + "/fusionar").status()).isEqualTo(403);
    }

    @Test
    void agentsOnTheSameTicketSeeEachOtherAndWhoIsWriting() {
        long ticket = fixtures.ticket(ana, "Pantalla en blanco");
        Fixtures.Person other = fixtures.agent("Mateo Colega");
        WebSession lucia = WebSession.signedIn(port, agent.email(), Fixtures.PASSWORD);
        WebSession mateo = WebSession.signedIn(port, other.email(), Fixtures.PASSWORD);
        String url = "/agente/tickets/" + ticket + "/presencia";

        var alone = lucia.post(url, Map.of("composing", "false"));
        assertThat(alone.status()).isEqualTo(200);
        assertThat(alone.body()).doesNotContain("Mateo");

        var mateoSees = mateo.post(url, Map.of("composing", "true"));
        assertThat(mateoSees.body()).contains("Lucía Agente también está viendo este ticket");
        var luciaSees = lucia.post(url, Map.of("composing", "false", "lastSeenMessageId", "0"));
        assertThat(luciaSees.body()).contains("Mateo Colega está escribiendo una respuesta");

        long lastSeen = lastMessageId(ticket);
        assertThat(fixtures.as(other).post("/api/v1/tickets/" + ticket + "/messages",
                Map.of("body", "Ya lo reviso yo")).status()).isEqualTo(201);
        var warned = lucia.post(url, Map.of("lastSeenMessageId", Long.toString(lastSeen)));
        assertThat(warned.body()).contains("presence-new-messages").contains("Alguien más escribió un mensaje");

        assertThat(mateo.post(url + "/salir", Map.of()).status()).isEqualTo(204);
        assertThat(lucia.post(url, Map.of()).body()).doesNotContain("Mateo");

        mateo.post(url, Map.of());
        clock.advance(java.time.Duration.ofSeconds(45));
        assertThat(lucia.post(url, Map.of()).body()).as("a silent browser has left").doesNotContain("Mateo");

        var customer = WebSession.signedIn(port, ana.email(), Fixtures.PASSWORD);
        assertThat(customer.post(url, Map.of()).status()).isEqualTo(403);
    }

    private long lastMessageId(long ticket) {
        JsonNode messages = fixtures.admin().get("/api/v1/tickets/" + ticket + "/messages").json();
        return messages.isEmpty() ? 0 : messages.get(messages.size() - 1).path("id").asLong();
    }

    private long lastMailId() {
        return outbox.recent(1).stream().mapToLong(OutboxMailView::id).max().orElse(0);
    }
}
