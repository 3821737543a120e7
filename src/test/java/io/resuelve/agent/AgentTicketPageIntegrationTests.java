package io.resuelve.agent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.resuelve.accounts.Actor;
import io.resuelve.support.Fixtures;
import io.resuelve.support.ResuelveIntegrationTest;
import io.resuelve.support.WebSession;
import io.resuelve.tickets.HistoryEntry;
import io.resuelve.tickets.MessageView;
import io.resuelve.tickets.Priority;
import io.resuelve.tickets.TicketQueries;
import io.resuelve.tickets.TicketStatus;
import io.resuelve.tickets.TicketView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The agent's ticket view over real HTTP: each action and what it stores, the collision guard, and who may not see
 * the page at all.
 */
@ResuelveIntegrationTest
class AgentTicketPageIntegrationTests {

    private static final Pattern LAST_SEEN = Pattern.compile("name=\"lastSeenMessageId\" id=\"last-seen-message\" value=\"(\\d+)\"");

    @LocalServerPort
    int port;

    @Autowired
    TicketQueries queries;

    @Autowired
    JdbcTemplate jdbc;

    Fixtures fixtures;
    Fixtures.Person customer;
    Fixtures.Person agent;
    WebSession agentSession;

    @BeforeEach
    void setUp() {
        fixtures = new Fixtures(port);
        Fixtures.Organisation org = fixtures.organisation("Distribuidora Andina", true);
        customer = fixtures.customer("Carolina Rojas", org);
        agent = fixtures.agent("Lucía Fernández");
        agentSession = WebSession.signedIn(port, agent.email(), Fixtures.PASSWORD);
    }

    @Test
    void showsTheTicketWithItsThreadPropertiesAndCustomer() {
        long other = fixtures.ticket(customer, "Notas en Salidas");
        long number = fixtures.ticket(customer, "No se cargan los pedidos");
        var page = agentSession.get("/agente/tickets/" + number);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("No se cargan los pedidos", "Carolina Rojas", customer.email(),
                "id=\"ticket-properties\"", "id=\"reply-form\"", "id=\"reply-body\"", "id=\"reply-status\"",
                "Otros tickets recientes", "#" + other + " Notas en Salidas", "Distribuidora Andina",
                "/agente/tickets/" + number + "/fusionar", "Preguntas al cliente");
        assertThat(page.body()).doesNotContain("??", "workspace.");
        assertThat(agentSession.get("/agente/tickets/" + number + "?lang=en").body()).contains("Send reply",
                "Internal note", "Other recent tickets").doesNotContain("??", "workspace.");
        assertThat(agentSession.get("/agente/tickets/" + number + "?lang=pt").body()).contains("Enviar resposta",
                "Outros tickets recentes").doesNotContain("??", "workspace.");
    }

    @Test
    void aReplyLeavesTheChosenStatusAndCarriesItsFile() {
        long number = fixtures.ticket(customer, "No se cargan los pedidos");
        var sent = agentSession.upload("/agente/tickets/" + number
                + "/responder?body=%C2%BFDesde%20qu%C3%A9%20ruta%3F&status=PENDING_CUSTOMER&lastSeenMessageId=0",
                "archivos", "captura.png", "image/png", png());
        assertThat(sent.status()).as(sent.toString()).isEqualTo(302);
        assertThat(agentSession.get(java.net.URI.create(sent.location()).getPath()).body()).contains("Respuesta enviada.");

        assertThat(ticket(number).status()).isEqualTo(TicketStatus.PENDING_CUSTOMER);
        MessageView reply = messages(number).get(0);
        assertThat(reply.internal()).isFalse();
        assertThat(reply.bodyText()).isEqualTo("¿Desde qué ruta?");
        assertThat(reply.attachments()).extracting(a -> a.filename()).containsExactly("captura.png");
    }

    @Test
    void anInternalNoteIsStoredInternalAndNeverReachesTheCustomer() {
        long number = fixtures.ticket(customer, "No se cargan los pedidos");
        String marker = "NOTA-" + System.nanoTime();
        assertThat(post(number, "/responder", Map.of("body", "Revisar el log del servidor " + marker,
                "internal", "true", "status", "", "lastSeenMessageId", "0")).status()).isEqualTo(302);
        assertThat(post(number, "/responder", Map.of("body", "Estamos revisando su caso.", "status", "OPEN",
                "lastSeenMessageId", lastSeen(number))).status()).isEqualTo(302);

        assertThat(messages(number)).extracting(MessageView::internal).containsExactly(true, false);
        assertThat(agentSession.get("/agente/tickets/" + number).body()).contains(marker, "internal-note",
                "Nota interna");
        String portal = WebSession.signedIn(port, customer.email(), Fixtures.PASSWORD).get("/tickets/" + number)
                .body();
        assertThat(portal).contains("Estamos revisando su caso.").doesNotContain(marker);
        List<String> mails = jdbc.queryForList("select body_text || ' ' || body_html from outbox_mails",
                String.class);
        assertThat(mails).anyMatch(m -> m.contains("Estamos revisando su caso."));
        assertThat(mails).noneMatch(m -> m.contains(marker));
    }

    @Test
    void triageSetsTypePriorityProductAssigneeGroupTagsAndPeople() {
        long number = fixtures.ticket(customer, "No se cargan los pedidos");
        Fixtures.CatalogueEntry catalogue = fixtures.catalogue();
        var group = fixtures.admin().post("/api/v1/groups", Map.of("name", "Nivel 2 " + System.nanoTime()));
        long groupId = group.number("id");

        assertThat(post(number, "/propiedades", Map.of("type", "ERROR_INTERCAMBIO", "priority", "HIGH",
                "productId", Long.toString(catalogue.productId()), "assigneeId", Long.toString(agent.id()),
                "groupId", Long.toString(groupId))).status()).isEqualTo(302);
        TicketView triaged = ticket(number);
        assertThat(triaged.type()).isEqualTo("ERROR_INTERCAMBIO");
        assertThat(triaged.priority()).isEqualTo(Priority.HIGH);
        assertThat(triaged.productId()).isEqualTo(catalogue.productId());
        assertThat(triaged.brandId()).as("derived from the product").isEqualTo(catalogue.brandId());
        assertThat(triaged.assigneeId()).isEqualTo(agent.id());
        assertThat(triaged.groupId()).isEqualTo(groupId);
        assertThat(triaged.status()).as("an assigned ticket is being worked on").isEqualTo(TicketStatus.OPEN);

        post(number, "/etiquetas", Map.of("etiquetas", "ruta-1, Intercambio"));
        assertThat(ticket(number).tags()).containsExactlyInAnyOrder("ruta-1", "intercambio");
        post(number, "/etiquetas/quitar", Map.of("etiqueta", "ruta-1"));
        assertThat(ticket(number).tags()).containsExactly("intercambio");

        post(number, "/personas", Map.of("correos", "jefe.ventas@andina.example"));
        var invalid = post(number, "/personas", Map.of("correos", "jefe.ventas-andina"));
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.body()).contains("«jefe.ventas-andina» no es una dirección de correo electrónico válida.",
                "value=\"jefe.ventas-andina\"");
        TicketView withCc = ticket(number);
        assertThat(withCc.ccIds()).hasSize(1);
        post(number, "/personas/quitar", Map.of("persona", withCc.ccIds().iterator().next().toString()));
        assertThat(ticket(number).ccIds()).isEmpty();

        assertThat(queries.history(number, Actor.system())).extracting(HistoryEntry::field)
                .contains("type", "priority", "productId", "brandId", "assignee", "group", "tags", "cc");
        String page = agentSession.get("/agente/tickets/" + number).body();
        assertThat(page).contains("Prioridad", "Alta", "Personas en copia", "jefe.ventas@andina.example",
                "Lucía Fernández", "Error de intercambio", " · Ruta Móvil");
    }

    @Test
    void anEmptyReplyIsRefusedWithTheFieldAsTheAgentKnowsItAndTheChoicesKept() {
        long number = fixtures.ticket(customer, "No se cargan los pedidos");
        var refused = post(number, "/responder", Map.of("body", "  ", "status", "ON_HOLD", "internal", "true",
                "lastSeenMessageId", "0"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("El campo «Mensaje» es obligatorio.", "id=\"reply-error\"")
                .containsPattern("<option value=\"ON_HOLD\" selected=\"selected\"")
                .containsPattern("id=\"reply-internal\"[^>]*checked=\"checked\"");
        assertThat(messages(number)).isEmpty();
    }

    @Test
    void thePropertiesSidebarIsAFragmentThatReloadsItselfOnTicketChanged() {
        long number = fixtures.ticket(customer, "No se cargan los pedidos");
        String fragment = agentSession.get("/agente/tickets/" + number + "/propiedades").body();
        assertThat(fragment).startsWith("<section").contains("id=\"ticket-properties\"",
                "hx-get=\"/agente/tickets/" + number + "/propiedades\"", "hx-trigger=\"ticket-changed from:body\"")
                .doesNotContain("<html");
    }

    @Test
    void assignToMeTakesTheTicket() {
        long number = fixtures.ticket(customer, "No se cargan los pedidos");
        assertThat(post(number, "/asignarme", Map.of()).status()).isEqualTo(302);
        assertThat(ticket(number).assigneeId()).isEqualTo(agent.id());
    }

    @Test
    void returnToRequesterListsEveryMissingItemInTheMessage() {
        long number = fixtures.ticket(customer, "¡URGENTE! Todo está roto");
        var answer = agentSession.post("/agente/tickets/" + number + "/devolver?faltantes=screenshots&faltantes=steps",
                Map.of("mensaje", ""));
        assertThat(answer.status()).as(answer.toString()).isEqualTo(302);
        assertThat(ticket(number).status()).isEqualTo(TicketStatus.PENDING_CUSTOMER);
        assertThat(messages(number).get(0).bodyText()).contains("Capturas de pantalla completas",
                "Los pasos para reproducir el problema");

        long other = fixtures.ticket(customer, "Otro");
        var empty = post(other, "/devolver", Map.of("mensaje", "Falta información"));
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.body()).contains("Indique al menos un dato que falte.", "Falta información");
    }

    @Test
    void rejectNeedsAReasonAndAConfirmationAndTheCustomerSeesTheReason() {
        long number = fixtures.ticket(customer, "Solicitud sin datos");
        var unconfirmed = post(number, "/rechazar", Map.of("motivo", "No cumple las condiciones mínimas."));
        assertThat(unconfirmed.status()).isEqualTo(400);
        assertThat(unconfirmed.body()).contains("Confirme que desea rechazar el ticket.",
                "No cumple las condiciones mínimas.");
        assertThat(ticket(number).status()).isEqualTo(TicketStatus.NEW);

        var noReason = post(number, "/rechazar", Map.of("motivo", " ", "confirmado", "true"));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.body()).contains("Indique el motivo del rechazo");

        assertThat(post(number, "/rechazar", Map.of("motivo", "No cumple las condiciones mínimas.", "confirmado",
                "true")).status()).isEqualTo(302);
        TicketView rejected = ticket(number);
        assertThat(rejected.status()).isEqualTo(TicketStatus.CLOSED);
        assertThat(rejected.rejectionReason()).isEqualTo("No cumple las condiciones mínimas.");
        assertThat(WebSession.signedIn(port, customer.email(), Fixtures.PASSWORD).get("/tickets/" + number).body())
                .contains("No cumple las condiciones mínimas.");
    }

    @Test
    void resolveAndReopenAndAnIllegalMoveIsA409Message() {
        long number = fixtures.ticket(customer, "No se cargan los pedidos");
        assertThat(post(number, "/resolver", Map.of()).status()).isEqualTo(302);
        assertThat(ticket(number).status()).isEqualTo(TicketStatus.RESOLVED);

        var again = post(number, "/resolver", Map.of());
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body()).contains("ya está resuelto").doesNotContain("Exception");

        assertThat(post(number, "/reabrir", Map.of()).status()).isEqualTo(302);
        assertThat(ticket(number).status()).isEqualTo(TicketStatus.OPEN);
        assertThat(post(number, "/reabrir", Map.of()).status()).isEqualTo(409);
    }

    @Test
    void aReplyIsNotSentOverAMessageSomeoneElseAddedSinceThePageWasLoaded() {
        long number = fixtures.ticket(customer, "No se cargan los pedidos");
        String seen = lastSeen(number);
        Fixtures.Person colleague = fixtures.agent("Martín Gómez");
        WebSession colleagueSession = WebSession.signedIn(port, colleague.email(), Fixtures.PASSWORD);
        assertThat(colleagueSession.post("/agente/tickets/" + number + "/responder", Map.of("body",
                "Ya lo estoy viendo yo.", "status", "OPEN", "lastSeenMessageId", seen)).status()).isEqualTo(302);

        var blocked = post(number, "/responder", Map.of("body", "Mi borrador de respuesta", "status", "ON_HOLD",
                "lastSeenMessageId", seen));
        assertThat(blocked.status()).isEqualTo(409);
        String page = blocked.body();
        assertThat(page).contains("Mientras escribía, Martín Gómez respondió", "Mi borrador de respuesta",
                "name=\"confirmed\" value=\"true\"");
        assertThat(page.indexOf("Ya lo estoy viendo yo.")).as("the new message comes first")
                .isLessThan(page.indexOf("id=\"thread\""));
        assertThat(page).containsPattern("<option value=\"ON_HOLD\" selected=\"selected\"");
        assertThat(messages(number)).hasSize(1);

        assertThat(post(number, "/responder", Map.of("body", "Mi borrador de respuesta", "status", "ON_HOLD",
                "lastSeenMessageId", seen, "confirmed", "true")).status()).isEqualTo(302);
        assertThat(messages(number)).extracting(MessageView::bodyText).containsExactly("Ya lo estoy viendo yo.",
                "Mi borrador de respuesta");
        assertThat(ticket(number).status()).isEqualTo(TicketStatus.ON_HOLD);
    }

    @Test
    void aRestrictedGroupsTicketIsNotFoundForOutsidersAndCustomersAreTurnedAway() {
        long number = fixtures.ticket(customer, "Factura duplicada");
        var group = fixtures.admin().post("/api/v1/groups", Map.of("name", "Facturación " + System.nanoTime(),
                "restricted", true));
        assertThat(fixtures.admin().patch("/api/v1/tickets/" + number, Map.of("groupId", group.number("id")))
                .status()).isEqualTo(200);

        assertThat(agentSession.get("/agente/tickets/" + number).status()).isEqualTo(404);
        assertThat(post(number, "/responder", Map.of("body", "hola", "lastSeenMessageId", "0")).status())
                .isEqualTo(404);
        assertThat(WebSession.signedIn(port, Fixtures.ADMIN_EMAIL, Fixtures.ADMIN_PASSWORD)
                .get("/agente/tickets/" + number).status()).isEqualTo(200);
        WebSession customerSession = WebSession.signedIn(port, customer.email(), Fixtures.PASSWORD);
        assertThat(customerSession.get("/agente/tickets/" + number).status()).isEqualTo(403);
        assertThat(customerSession.post("/agente/tickets/" + number + "/resolver", Map.of()).status())
                .isEqualTo(403);
    }

    private WebSession.Page post(long number, String action, Map<String, String> fields) {
        return agentSession.post("/agente/tickets/" + number + action, fields);
    }

    private String lastSeen(long number) {
        Matcher matcher = LAST_SEEN.matcher(agentSession.get("/agente/tickets/" + number).body());
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }

    private TicketView ticket(long number) {
        return queries.ticket(number, Actor.system());
    }

    private List<MessageView> messages(long number) {
        return queries.messages(number, Actor.system());
    }

    private static byte[] png() {
        return java.util.Base64.getDecoder().decode(
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");
    }

}
