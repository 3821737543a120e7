package io.resuelve.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.resuelve.accounts.AccountManagement;
import io.resuelve.accounts.Actor;
import io.resuelve.shared.ForbiddenException;
import io.resuelve.shared.NotFoundException;
import io.resuelve.support.ApiClient;
import io.resuelve.support.Fixtures;
import io.resuelve.support.ResuelveIntegrationTest;
import io.resuelve.tickets.HistoryEntry;
import io.resuelve.tickets.TicketManagement;
import io.resuelve.tickets.TicketQueries;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** GET /api/v1/ticket-types in three languages, tickets filed with typed custom values, type changes, quality. */
@ResuelveIntegrationTest
class RequestTypesApiIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    TicketManagement management;

    @Autowired
    TicketQueries queries;

    @Autowired
    AccountManagement accounts;

    @Test
    void theSevenSectionsOfSeed001ComeInTheRequestLanguageWithTheirFields() {
        Fixtures fixtures = new Fixtures(port);
        ApiClient customer = fixtures.as(fixtures.customer("Carla Cliente", null));

        JsonNode spanish = customer.inLanguage("es").get("/api/v1/ticket-types").json();
        // other tests of the shared context may add sections of their own: the seven come first, in order
        assertThat(names(spanish)).containsSubsequence("Consulta", "Error de intercambio", "Problema de apariencia",
                "Un defecto en el programa", "Cambiar la funcionalidad", "Nueva funcionalidad", "Tengo una idea");
        JsonNode consulta = spanish.get(0);
        assertThat(consulta.get("code").asString()).isEqualTo("CONSULTA");
        assertThat(consulta.get("description").asString()).startsWith("Preguntas sobre el uso del sistema");
        JsonNode subsystem = consulta.get("fields").get(0);
        assertThat(subsystem.get("key").asString()).isEqualTo("subsistema");
        assertThat(subsystem.get("kind").asString()).isEqualTo("SELECT");
        assertThat(subsystem.get("required").asBoolean()).isTrue();
        assertThat(subsystem.get("help").asString()).isEqualTo(
                "Seleccione sobre qué parte del sistema tiene una pregunta.");
        assertThat(labels(subsystem.get("options"))).containsExactly("Aplicación móvil", "Aplicación web",
                "Sistema de contabilidad (ERP)");

        JsonNode english = customer.inLanguage("en").get("/api/v1/ticket-types").json();
        assertThat(names(english)).startsWith("Question", "Sync error", "Display problem",
                "A defect in the software");
        assertThat(labels(english.get(0).get("fields").get(0).get("options"))).containsExactly("Mobile app",
                "Web application", "Accounting system (ERP)");

        JsonNode portuguese = customer.inLanguage("pt").get("/api/v1/ticket-types").json();
        assertThat(names(portuguese)).contains("Um defeito no programa", "Tenho uma ideia");
        assertThat(portuguese.get(3).get("fields").get(0).get("label").asString()).isEqualTo("Subsistema");

        // Agent-only fields are the agents' business.
        assertThat(keys(spanish.get(3).get("fields"))).doesNotContain("incidencia_desarrollo").contains("pasos");
        JsonNode forAgents = fixtures.as(fixtures.agent("Ana Agente")).get("/api/v1/ticket-types").json();
        assertThat(keys(forAgents.get(3).get("fields"))).contains("incidencia_desarrollo");
    }

    @Test
    void aDefectFiledWithTypedValuesKeepsThemAndSuggestsAPriorityFromItsImpact() {
        Fixtures fixtures = new Fixtures(port);
        var org = fixtures.organisation("Distribuidora Norte", false);
        Fixtures.Person carla = fixtures.customer("Carla Cliente", org);
        ApiClient customer = fixtures.as(carla);

        var created = customer.post("/api/v1/tickets", defect(Map.of("subsistema", "MOVIL", "version_app", "4.2.1",
                "pasos", "1. Abrir Salidas\n2. Intercambiar", "impact_users", 30, "impact_workaround", false)));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonNode custom = created.json().get("customFields");
        assertThat(custom.get("subsistema").asString()).isEqualTo("MOVIL");
        assertThat(custom.get("version_app").asString()).isEqualTo("4.2.1");
        assertThat(custom.get("impact_users").asInt()).isEqualTo(30);
        assertThat(custom.get("impact_workaround").asBoolean()).isFalse();
        assertThat(created.json().get("suggestedPriority").asString()).isEqualTo("URGENT");
        assertThat(created.json().get("priority").asString()).isEqualTo("NORMAL");
        assertThat(created.json().get("qualityScore").asInt()).as("scored as it is created").isBetween(0, 100);
        long number = created.number("number");

        // An agent fills the internal field; the customer never sees it.
        Actor agent = actor(fixtures.agent("Ana Agente").email());
        management.editCustomFields(number, Map.of("incidencia_desarrollo", List.of("DEV-5521")), agent);
        assertThat(fixtures.as(fixtures.agent("Otro Agente")).get("/api/v1/tickets/" + number).json()
                .get("customFields").get("incidencia_desarrollo").asString()).isEqualTo("DEV-5521");
        JsonNode seenByCustomer = customer.get("/api/v1/tickets/" + number).json().get("customFields");
        assertThat(seenByCustomer.has("incidencia_desarrollo")).isFalse();
        assertThat(seenByCustomer.get("pasos").asString()).startsWith("1. Abrir Salidas");

        // The API changes values too: typed, checked, recorded; customers cannot touch internal fields.
        ApiClient agentApi = fixtures.as(fixtures.agent("Tercer Agente"));
        var patched = agentApi.patch("/api/v1/tickets/" + number, Map.of("priority", "URGENT",
                "customFields", Map.of("casos_fallidos", "Pedido 456", "version_app", "4.3.0")));
        assertThat(patched.status()).as(patched.toString()).isEqualTo(200);
        assertThat(patched.json().get("customFields").get("version_app").asString()).isEqualTo("4.3.0");
        assertThat(patched.json().get("priority").asString()).isEqualTo("URGENT");
        assertThat(agentApi.get("/api/v1/tickets/" + number + "/history").body()).contains("custom.version_app");
        var refused = customer.patch("/api/v1/tickets/" + number, Map.of("customFields",
                Map.of("incidencia_desarrollo", "X")));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.text("field")).isEqualTo("incidencia_desarrollo");
        var badDate = agentApi.patch("/api/v1/tickets/" + number, Map.of("customFields", Map.of("pasos", 5,
                "subsistema", "TABLETA")));
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(agentApi.get("/api/v1/tickets/" + number).json().get("customFields").get("subsistema").asString())
                .as("a refused PATCH changes nothing").isEqualTo("MOVIL");

        // Another organisation's customer cannot read it at all.
        ApiClient stranger = fixtures.as(fixtures.customer("Extraño", fixtures.organisation("Otra", true)));
        assertThat(stranger.get("/api/v1/tickets/" + number).status()).isEqualTo(404);
    }

    @Test
    void badValuesAreRefusedWithAProblemNamingTheFieldInTheCallersLanguage() {
        Fixtures fixtures = new Fixtures(port);
        ApiClient customer = fixtures.as(fixtures.customer("Carla Cliente", null));

        var missing = customer.post("/api/v1/tickets", defect(Map.of("subsistema", "WEB")));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.text("field")).isEqualTo("pasos");
        assertThat(missing.text("detail")).isEqualTo("Complete el campo «Pasos para reproducirlo».");

        var badUrl = customer.inLanguage("en").post("/api/v1/tickets",
                defect(Map.of("subsistema", "WEB", "pasos", "Abrir", "url", "javascript:alert(1)")));
        assertThat(badUrl.status()).isEqualTo(400);
        assertThat(badUrl.text("field")).isEqualTo("url");
        assertThat(badUrl.text("detail")).contains("http:// or https://");

        var badOption = customer.post("/api/v1/tickets", defect(Map.of("subsistema", "TABLETA", "pasos", "x")));
        assertThat(badOption.text("field")).isEqualTo("subsistema");

        var internal = customer.post("/api/v1/tickets",
                defect(Map.of("subsistema", "WEB", "pasos", "x", "incidencia_desarrollo", "DEV-1")));
        assertThat(internal.status()).isEqualTo(400);
        assertThat(internal.text("field")).isEqualTo("incidencia_desarrollo");

        var unknown = customer.post("/api/v1/tickets", defect(Map.of("subsistema", "WEB", "pasos", "x", "color", 1)));
        assertThat(unknown.text("field")).isEqualTo("color");

        Map<String, Object> urgent = defect(Map.of("subsistema", "WEB", "pasos", "x"));
        urgent.put("priority", "URGENT");
        var unquantified = customer.inLanguage("pt").post("/api/v1/tickets", urgent);
        assertThat(unquantified.status()).isEqualTo(400);
        assertThat(unquantified.text("field")).isEqualTo("impact_users");
        assertThat(unquantified.text("detail")).startsWith("Para marcar o ticket como Urgente, quantifique o impacto");

        urgent.put("customFields", Map.of("subsistema", "WEB", "pasos", "x", "impact_stopped", true));
        var stopped = customer.post("/api/v1/tickets", urgent);
        assertThat(stopped.status()).as(stopped.toString()).isEqualTo(201);
        assertThat(stopped.json().get("priority").asString()).isEqualTo("URGENT");
        assertThat(stopped.json().get("suggestedPriority").asString()).isEqualTo("URGENT");
    }

    @Test
    void anAgentMovesATicketToAnotherSectionAndTheHistorySaysSo() {
        Fixtures fixtures = new Fixtures(port);
        Fixtures.Person carla = fixtures.customer("Carla Cliente", null);
        var created = fixtures.as(carla).post("/api/v1/tickets", Map.of("subject", "No sé qué sección elegir",
                "description", "Los pedidos de la ruta 1 no llegan al ERP.", "type", "CONSULTA",
                "customFields", Map.of("subsistema", "ERP")));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long number = created.number("number");
        Actor agent = actor(fixtures.agent("Ana Agente").email());

        management.changeType(number, "ERROR_INTERCAMBIO", agent);

        assertThat(queries.ticket(number, agent).type()).isEqualTo("ERROR_INTERCAMBIO");
        List<HistoryEntry> history = queries.history(number, agent);
        assertThat(history).anySatisfy(h -> {
            assertThat(h.field()).isEqualTo("type");
            assertThat(h.from()).isEqualTo("CONSULTA");
            assertThat(h.to()).isEqualTo("ERROR_INTERCAMBIO");
        });
        assertThatThrownBy(() -> management.changeType(number, "NO_EXISTE", agent))
                .hasMessageContaining("type");
        assertThatThrownBy(() -> management.changeType(number, "IDEA", actor(carla.email())))
                .isInstanceOf(ForbiddenException.class);
        Actor stranger = actor(fixtures.customer("Extraño", null).email());
        assertThatThrownBy(() -> management.changeType(number, "IDEA", stranger))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void theQualityCoachsVerdictIsStoredAndShownInTheApi() {
        Fixtures fixtures = new Fixtures(port);
        Fixtures.Person carla = fixtures.customer("Carla Cliente", null);
        long number = fixtures.ticket(carla, "No se cargan los pedidos de la ruta 1");

        management.recordQuality(Actor.system(), number, 72, List.of("NO_SCREENSHOT", "NO_STEPS"));

        var ticket = queries.ticket(number, Actor.system());
        assertThat(ticket.qualityScore()).isEqualTo(72);
        assertThat(ticket.qualityFindings()).containsExactly("NO_SCREENSHOT", "NO_STEPS");
        assertThat(fixtures.as(carla).get("/api/v1/tickets/" + number).json().get("qualityScore").asInt())
                .isEqualTo(72);
        assertThatThrownBy(() -> management.recordQuality(Actor.system(), number, 101, List.of()))
                .hasMessageContaining("qualityScore");
    }

    private Actor actor(String email) {
        var user = accounts.userByEmail(email).orElseThrow();
        return new Actor(user.id(), user.role(), user.organisationId(), user.email());
    }

    private static Map<String, Object> defect(Map<String, Object> customFields) {
        Map<String, Object> body = new HashMap<>();
        body.put("subject", "Los pedidos de la ruta 1 no se cargan en Salidas");
        body.put("description", "Desde ayer los pedidos de la ruta 1 no se cargan; se emite el error 1102.");
        body.put("type", "DEFECTO");
        body.put("customFields", customFields);
        return body;
    }

    private static List<String> names(JsonNode types) {
        List<String> names = new ArrayList<>();
        types.forEach(t -> names.add(t.get("name").asString()));
        return names;
    }

    private static List<String> labels(JsonNode options) {
        List<String> labels = new ArrayList<>();
        options.forEach(o -> labels.add(o.get("label").asString()));
        return labels;
    }

    private static List<String> keys(JsonNode fields) {
        List<String> keys = new ArrayList<>();
        fields.forEach(f -> keys.add(f.get("key").asString()));
        return keys;
    }
}
