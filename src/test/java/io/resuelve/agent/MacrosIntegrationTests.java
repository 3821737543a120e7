package io.resuelve.agent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.resuelve.support.ApiClient;
import io.resuelve.support.Fixtures;
import io.resuelve.support.ResuelveIntegrationTest;
import io.resuelve.support.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Macros over the running application: agents write personal macros, admins shared ones; unknown placeholders are
 * refused on saving; applying a macro changes the ticket at once as the agent's change and returns the reply.
 */
@ResuelveIntegrationTest
class MacrosIntegrationTests {

    private static final Pattern MACRO_LINK = Pattern.compile("href=\"/agente/macros/(\\d+)\"[^>]*>([^<]+)<");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    Fixtures fixtures;
    Fixtures.Person lucia;
    Fixtures.Organisation andina;
    Fixtures.Person carolina;
    WebSession agent;
    WebSession admin;

    @BeforeEach
    void people() {
        fixtures = new Fixtures(port);
        lucia = fixtures.agent("Lucía Fernández");
        andina = fixtures.organisation("Distribuidora Andina", true);
        carolina = fixtures.customer("Carolina Rojas", andina);
        agent = WebSession.signedIn(port, lucia.email(), Fixtures.PASSWORD);
        admin = WebSession.signedIn(port, Fixtures.ADMIN_EMAIL, Fixtures.ADMIN_PASSWORD);
    }

    @Test
    void anAgentWritesAPersonalMacroAndUnknownPlaceholdersAreRefusedByName() {
        var refused = agent.post("/agente/macros", form("Saludo", "Hola {{requester.nombre}} y {{cliente}}"));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("El texto usa marcadores que no existen: {{requester.nombre}}, {{cliente}}")
                .contains("is-invalid");

        var saved = agent.post("/agente/macros", form("Saludo personal de Lucía", "Hola {{requester.first_name}}"));
        assertThat(saved.status()).as(saved.toString()).isEqualTo(302);
        String list = agent.get("/agente/macros").body();
        assertThat(list).contains("Saludo personal de Lucía", "Solo usted");

        WebSession other = WebSession.signedIn(port, fixtures.agent("Martín Gómez").email(), Fixtures.PASSWORD);
        assertThat(other.get("/agente/macros").body()).doesNotContain("Saludo personal de Lucía");
        assertThat(other.get("/agente/macros/" + macroId(list, "Saludo personal de Lucía")).status()).isEqualTo(404);
    }

    @Test
    void onlyAdminsWriteSharedMacrosAndEveryAgentSeesThem() {
        Map<String, String> shared = form("Compartida por agente", "Hola");
        shared.put("shared", "true");
        var refused = agent.post("/agente/macros", shared);
        assertThat(refused.body()).contains("Solo los administradores pueden crear o modificar macros compartidas.");

        shared.put("name", "Compartida del equipo " + System.nanoTime());
        assertThat(admin.post("/agente/macros", shared).status()).isEqualTo(302);
        String list = agent.get("/agente/macros?q=compartida%20del%20equipo").body();
        assertThat(list).contains(shared.get("name"), "Todos los agentes").doesNotContain("Eliminar");
        long id = macroId(list, shared.get("name"));
        assertThat(agent.get("/agente/macros/" + id).body()).contains("solo los administradores pueden modificarla");
        assertThat(agent.post("/agente/macros/" + id, form("Cambiada", "Hola")).status()).isEqualTo(403);
        assertThat(agent.post("/agente/macros/" + id + "/eliminar", Map.of()).status()).isEqualTo(403);

        var copy = agent.post("/agente/macros/" + id + "/duplicar", Map.of());
        assertThat(copy.status()).isEqualTo(302);
        assertThat(agent.get(copy.location().replaceFirst("^https?://[^/]+", "")).body())
                .contains("Copia de " + shared.get("name"));
    }

    @Test
    void applyingAMacroSetsTheFieldsAsTheAgentAndReturnsTheRenderedReply() throws Exception {
        long number = fixtures.ticket(carolina, "No se cargan los pedidos de la ruta 1");
        ApiClient adminApi = fixtures.admin();
        long group = adminApi.post("/api/v1/groups", Map.of("name", "Nivel 2 " + System.nanoTime()))
                .number("id");
        Map<String, String> macro = form("Escalar a nivel 2 " + System.nanoTime(),
                "Hola, {{requester.first_name}}: el ticket #{{ticket.number}} ({{ticket.status}}) pasa a nivel 2. "
                        + "{{ticket.url}} — {{agent.first_name}}, {{organization.name}}");
        macro.putAll(Map.of("status", "ON_HOLD", "priority", "HIGH", "type", "DEFECTO", "groupId",
                Long.toString(group), "assignee", "SELF", "tags", "escalado, Nivel-2"));
        assertThat(agent.post("/agente/macros", macro).status()).isEqualTo(302);
        long id = macroId(agent.get("/agente/macros").body(), macro.get("name"));

        var applied = agent.post("/agente/tickets/" + number + "/macros/" + id + "/aplicar", Map.of());

        assertThat(applied.status()).as(applied.toString()).isEqualTo(200);
        JsonNode json = JSON.readTree(applied.bytes());
        assertThat(json.path("body").asString()).isEqualTo("Hola, Carolina: el ticket #" + number
                + " (En curso) pasa a nivel 2. http://localhost:0/tickets/" + number + " — Lucía, " + andina.name());
        assertThat(json.path("status").asString()).isEqualTo("ON_HOLD");
        assertThat(json.path("fieldsChanged").asBoolean()).isTrue();

        JsonNode ticket = adminApi.get("/api/v1/tickets/" + number).json();
        assertThat(ticket.path("priority").asString()).isEqualTo("HIGH");
        assertThat(ticket.path("type").asString()).isEqualTo("DEFECTO");
        assertThat(ticket.path("groupId").asLong()).isEqualTo(group);
        assertThat(ticket.path("assignee").path("id").asLong()).isEqualTo(lucia.id());
        assertThat(ticket.path("tags").toString()).contains("escalado", "nivel-2");
        assertThat(ticket.path("status").asString()).as("the status waits for the reply").isEqualTo("OPEN");
        for (JsonNode change : adminApi.get("/api/v1/tickets/" + number + "/history").json()) {
            if (change.path("field").asString().matches("priority|type|tags|assignee|group")) {
                assertThat(change.path("actorId").asLong()).as(change.toString()).isEqualTo(lucia.id());
            }
        }
        assertThat(agent.get("/agente/macros").body()).containsPattern(
                Pattern.quote(macro.get("name")) + "(?s).*?<td class=\"text-end\">1</td>");

        var again = JSON.readTree(agent.post("/agente/tickets/" + number + "/macros/" + id + "/aplicar", Map.of())
                .bytes());
        assertThat(again.path("fieldsChanged").asBoolean()).as("nothing left to change").isFalse();
    }

    @Test
    void customersCannotApplyMacrosAndAgentsOnlyOnTicketsTheySee() {
        long number = fixtures.ticket(carolina, "Consulta sobre reportes");
        assertThat(agent.post("/agente/macros", form("Respuesta corta", "Gracias, {{requester.name}}.")).status())
                .isEqualTo(302);
        long id = macroId(agent.get("/agente/macros").body(), "Respuesta corta");

        WebSession customer = WebSession.signedIn(port, carolina.email(), Fixtures.PASSWORD);
        assertThat(customer.post("/agente/tickets/" + number + "/macros/" + id + "/aplicar", Map.of()).status())
                .isEqualTo(403);
        assertThat(agent.post("/agente/tickets/999999/macros/" + id + "/aplicar", Map.of()).status())
                .isEqualTo(404);
    }

    @Test
    void thePreviewFillsInTheExampleTicketAndNamesUnknownPlaceholders() {
        var preview = agent.post("/agente/macros/vista-previa",
                Map.of("body", "Hola {{requester.first_name}} <b>, {{desconocido}}"));

        assertThat(preview.body()).contains("Hola María &lt;b&gt;, {{desconocido}}",
                "Marcadores desconocidos: {{desconocido}}");
    }

    private static Map<String, String> form(String name, String body) {
        Map<String, String> form = new HashMap<>();
        form.put("name", name);
        form.put("body", body);
        form.put("active", "true");
        form.put("assignee", "NONE");
        return form;
    }

    private static long macroId(String page, String name) {
        Matcher matcher = MACRO_LINK.matcher(page);
        while (matcher.find()) {
            if (matcher.group(2).equals(name)) {
                return Long.parseLong(matcher.group(1));
            }
        }
        throw new AssertionError("No macro " + name + " in " + page);
    }
}
