package io.resuelve.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.resuelve.support.ApiClient;
import io.resuelve.support.Fixtures;
import io.resuelve.support.ResuelveIntegrationTest;
import io.resuelve.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The portal's chooser and per-section form (errors in the user's language, nothing typed lost), the suggested
 * priority, the agent's section panel (values, chosen vs suggested priority, type change, edits), the "field = value"
 * queue filter, the export columns, and /admin/tipos.
 */
@ResuelveIntegrationTest
class RequestTypePagesIntegrationTests {

    private static final Pattern CREATED = Pattern.compile("/tickets/(\\d+)/creado");

    @LocalServerPort
    int port;

    @Test
    void theChooserShowsTheSectionsAsCardsAndEachLeadsToItsOwnForm() {
        Fixtures fixtures = new Fixtures(port);
        Fixtures.Person carla = fixtures.customer("Carla Cliente", null);
        WebSession customer = WebSession.signedIn(port, carla.email(), Fixtures.PASSWORD);

        String chooser = customer.get("/tickets/nuevo").body();
        assertThat(chooser).contains("id=\"type-CONSULTA\"", "href=\"/tickets/nuevo?tipo=DEFECTO\"",
                "Un defecto en el programa", "El sistema no hace lo que debería",
                "Si tiene dificultades para elegir una sección, elija Consulta");

        String consulta = customer.get("/tickets/nuevo?tipo=CONSULTA").body();
        assertThat(consulta).contains("Crear ticket: Consulta", "id=\"cf-subsistema\"", "Aplicación móvil",
                "Seleccione sobre qué parte del sistema tiene una pregunta.", "Notas en Salidas",
                "id=\"subject\"", "id=\"description\"", "<div id=\"quality-coach\" data-type-code=\"CONSULTA\">");

        String defecto = customer.get("/tickets/nuevo?tipo=DEFECTO").body();
        assertThat(defecto).contains("id=\"cf-pasos\"", "data-depends-on=\"subsistema\"",
                "data-depends-value=\"MOVIL\"", "id=\"triage-checklist\"", "3 casos que funcionan y 3 que fallan",
                "id=\"cf-impact_users\"").doesNotContain("cf-incidencia_desarrollo");

        assertThat(customer.get("/tickets/nuevo?tipo=NO_EXISTE").body())
                .contains("Esa sección no existe o ya no recibe solicitudes.", "id=\"type-IDEA\"");
    }

    @Test
    void aRefusedFormComesBackWithTheMessageAndEverythingTyped() {
        Fixtures fixtures = new Fixtures(port);
        WebSession customer = WebSession.signedIn(port, fixtures.customer("Carla Cliente", null).email(),
                Fixtures.PASSWORD);
        Map<String, String> form = defect();
        form.remove("cf_pasos");
        form.put("cf_casos_fallidos", "Pedido 456, pedido 457");

        String page = customer.post("/tickets/nuevo", form).body();
        assertThat(page).contains("Complete el campo «Pasos para reproducirlo».")
                .contains("value=\"Los pedidos de la ruta 1 no se cargan\"", "value=\"4.2.1\"", "Pedido 456, pedido 457",
                        "Desde ayer la tableta de la ruta 1 muestra el error 1102");

        form.put("cf_pasos", "1. Abrir Salidas");
        form.put("cf_url", "no es una url");
        String badUrl = customer.post("/tickets/nuevo", form).body();
        assertThat(badUrl).contains("una dirección completa que empiece con http:// o https://", "no es una url",
                "1. Abrir Salidas");

        form.put("cf_url", "https://erp.example/salidas");
        form.put("prioridad", "URGENT");
        String urgent = customer.post("/tickets/nuevo", form).body();
        assertThat(urgent).contains("Para marcar el ticket como Urgente, cuantifique el impacto")
                .contains("value=\"https://erp.example/salidas\"");
    }

    @Test
    void theImpactSuggestsAPriorityWhileTyping() {
        Fixtures fixtures = new Fixtures(port);
        WebSession customer = WebSession.signedIn(port, fixtures.customer("Carla Cliente", null).email(),
                Fixtures.PASSWORD);
        assertThat(customer.post("/tickets/nuevo/prioridad", Map.of("cf_impact_stopped", "true")).body())
                .contains("Prioridad sugerida: Urgente", "El negocio está detenido.");
        assertThat(customer.post("/tickets/nuevo/prioridad", Map.of("cf_impact_users", "3",
                "cf_impact_workaround", "false")).body()).contains("Prioridad sugerida: Alta");
        assertThat(customer.post("/tickets/nuevo/prioridad", Map.of("prioridad", "URGENT")).body())
                .contains("id=\"quantify-urgent\"");
        assertThat(customer.post("/tickets/nuevo/prioridad", Map.of("cf_impact_users", "3x")).body())
                .contains("Describa el impacto");
    }

    @Test
    void aFiledDefectShowsItsValuesAndPrioritiesToTheAgentWhoCanMoveAndEditIt() {
        Fixtures fixtures = new Fixtures(port);
        Fixtures.Person carla = fixtures.customer("Carla Cliente", null);
        WebSession customer = WebSession.signedIn(port, carla.email(), Fixtures.PASSWORD);
        Map<String, String> form = defect();
        form.put("cf_impact_users", "25");
        form.put("cf_impact_workaround", "false");
        form.put("prioridad", "HIGH");

        var created = customer.post("/tickets/nuevo", form);
        assertThat(created.status()).as(created.body()).isEqualTo(302);
        Matcher m = CREATED.matcher(created.location());
        assertThat(m.find()).isTrue();
        long number = Long.parseLong(m.group(1));
        assertThat(customer.get("/tickets/" + number).body()).contains("Pasos para reproducirlo",
                "1. Abrir Salidas", "Aplicación móvil");

        Fixtures.Person ana = fixtures.agent("Ana Agente");
        WebSession agent = WebSession.signedIn(port, ana.email(), Fixtures.PASSWORD);
        String page = agent.get("/agente/tickets/" + number).body();
        assertThat(page).contains("Sección: Un defecto en el programa", "id=\"chosen-priority\" data-priority=\"HIGH\"",
                "id=\"suggested-priority-agent\" data-priority=\"URGENT\"",
                "Afecta a muchos usuarios, pedidos o sucursales y no hay una forma alternativa de trabajar.",
                "Versión de la aplicación móvil", "4.2.1", "Aplicación móvil");

        var edited = agent.post("/agente/tickets/" + number + "/campos", Map.of("cf_incidencia_desarrollo",
                "DEV-77", "campos", "incidencia_desarrollo"));
        assertThat(edited.status()).isEqualTo(302);
        assertThat(agent.get("/agente/tickets/" + number).body()).contains("DEV-77", "Datos de la sección guardados.",
                "Campo de la sección «incidencia_desarrollo»");
        assertThat(customer.get("/tickets/" + number).body()).doesNotContain("DEV-77");

        var badEdit = agent.post("/agente/tickets/" + number + "/campos", Map.of("cf_fecha", "x", "campos", "x"));
        assertThat(badEdit.status()).isEqualTo(400);

        var moved = agent.post("/agente/tickets/" + number + "/tipo", Map.of("tipo", "PROBLEMA_APARIENCIA"));
        assertThat(moved.status()).isEqualTo(302);
        JsonNode ticket = fixtures.as(ana).get("/api/v1/tickets/" + number).json();
        assertThat(ticket.get("type").asString()).isEqualTo("PROBLEMA_APARIENCIA");
        assertThat(fixtures.as(ana).get("/api/v1/tickets/" + number + "/history").body()).contains("\"type\"");
        assertThat(agent.post("/agente/tickets/" + number + "/tipo", Map.of("tipo", "NO_EXISTE")).status())
                .isEqualTo(400);

        String filtered = agent.get("/agente?vista=abiertos&campo=incidencia_desarrollo&valor=dev-77").body();
        assertThat(filtered).contains("data-number=\"" + number + "\"");
        assertThat(agent.get("/agente?vista=abiertos&campo=incidencia_desarrollo&valor=DEV-78").body())
                .doesNotContain("data-number=\"" + number + "\"");
        assertThat(agent.get("/agente?vista=abiertos&campo=impact_users&valor=25").body())
                .contains("data-number=\"" + number + "\"");

        String csv = new String(customer.get("/tickets/exportar").bytes(), java.nio.charset.StandardCharsets.UTF_8);
        // After the move, the customer's export has the columns of the new section's fields they may see.
        assertThat(csv.split("\r\n")[0]).contains("Tipo de ticket", "Subsistema")
                .doesNotContain("Incidencia de desarrollo");
        assertThat(csv).contains("Problema de apariencia", "Aplicación móvil");
    }

    @Test
    void anAdminAddsATranslatedSectionWithADependentFieldThenReordersAndDisablesIt() {
        Fixtures fixtures = new Fixtures(port);
        WebSession admin = WebSession.signedIn(port, Fixtures.ADMIN_EMAIL, Fixtures.ADMIN_PASSWORD);
        String code = "FACTURACION" + (System.nanoTime() % 100000);
        assertThat(admin.get("/admin/tipos").body()).contains("Un defecto en el programa", "id=\"new-type\"");

        Map<String, String> type = new HashMap<>(Map.of("code", code, "nameEs", "Facturación", "nameEn", "Billing",
                "namePt", "Faturamento", "descriptionEs", "Facturas, notas de crédito y pagos.", "descriptionEn",
                "Invoices, credit notes and payments.", "askImpact", "true", "checklist", "ACCOUNT"));
        var missingName = admin.post("/admin/tipos", Map.of("code", code, "nameEn", "Billing"));
        assertThat(missingName.body()).contains("Escriba el nombre en español.", "value=\"Billing\"");
        var created = admin.post("/admin/tipos", type);
        assertThat(created.status()).as(created.body()).isEqualTo(302);
        assertThat(created.location()).endsWith("/admin/tipos/" + code);

        var field = admin.post("/admin/tipos/" + code + "/campos", Map.of("key", "medio_pago", "kind", "SELECT",
                "visibility", "CUSTOMER_EDITABLE", "labelEs", "Medio de pago", "labelEn", "Payment method",
                "helpEs", "Cómo pagó el cliente.", "options", "TARJETA=Tarjeta | Card | Cartão\nTransferencia"));
        assertThat(field.status()).as(field.body()).isEqualTo(302);
        var dependent = admin.post("/admin/tipos/" + code + "/campos", Map.of("key", "ultimos_digitos",
                "kind", "TEXT", "visibility", "CUSTOMER_EDITABLE", "labelEs", "Últimos 4 dígitos",
                "dependsOn", "medio_pago", "dependsValue", "TARJETA", "required", "true"));
        assertThat(dependent.status()).as(dependent.body()).isEqualTo(302);
        var badDependency = admin.post("/admin/tipos/" + code + "/campos", Map.of("key", "otro", "kind", "TEXT",
                "labelEs", "Otro", "dependsOn", "medio_pago", "dependsValue", "EFECTIVO"));
        assertThat(badDependency.body()).contains("El valor que activa el campo debe ser una opción");

        ApiClient customer = fixtures.as(fixtures.customer("Carla Cliente", null));
        JsonNode english = customer.inLanguage("en").get("/api/v1/ticket-types").json();
        JsonNode billing = null;
        for (JsonNode t : english) {
            if (t.get("code").asString().equals(code)) {
                billing = t;
            }
        }
        assertThat(billing).isNotNull();
        assertThat(billing.get("name").asString()).isEqualTo("Billing");
        assertThat(billing.get("fields").get(0).get("options").get(1).get("key").asString()).isEqualTo("TRANSFERENCIA");
        assertThat(billing.get("fields").get(1).get("dependsOn").asString()).isEqualTo("medio_pago");

        // The dependent field is required only while "Tarjeta" is chosen.
        Map<String, Object> ticket = new HashMap<>(Map.of("subject", "Factura 123 duplicada en el ERP",
                "description", "La factura 123 aparece dos veces en el informe de ventas del martes.", "type", code));
        ticket.put("customFields", Map.of("medio_pago", "TRANSFERENCIA"));
        assertThat(customer.post("/api/v1/tickets", ticket).status()).isEqualTo(201);
        ticket.put("customFields", Map.of("medio_pago", "TARJETA"));
        assertThat(customer.post("/api/v1/tickets", ticket).text("field")).isEqualTo("ultimos_digitos");

        admin.post("/admin/tipos/" + code + "/mover", Map.of("direccion", "-1"));
        String list = admin.get("/admin/tipos").body();
        assertThat(list.indexOf("data-type-code=\"" + code + "\"")).isLessThan(list.indexOf("data-type-code=\"IDEA\""));

        admin.post("/admin/tipos/" + code + "/estado", Map.of("activo", "false"));
        WebSession portal = WebSession.signedIn(port, fixtures.customer("Otra Cliente", null).email(),
                Fixtures.PASSWORD);
        assertThat(portal.get("/tickets/nuevo").body()).doesNotContain("type-" + code);
        assertThat(customer.post("/api/v1/tickets", ticket).status()).isEqualTo(400);
        assertThat(portal.get("/admin/tipos").status()).isEqualTo(403);
        admin.post("/admin/tipos/" + code + "/estado", Map.of("activo", "true"));
        assertThat(portal.get("/tickets/nuevo").body()).contains("type-" + code);
    }

    private static Map<String, String> defect() {
        Map<String, String> form = new HashMap<>();
        form.put("tipo", "DEFECTO");
        form.put("asunto", "Los pedidos de la ruta 1 no se cargan");
        form.put("descripcion", "Desde ayer la tableta de la ruta 1 muestra el error 1102 al intercambiar.");
        form.put("prioridad", "NORMAL");
        form.put("cf_subsistema", "MOVIL");
        form.put("cf_version_app", "4.2.1");
        form.put("cf_pasos", "1. Abrir Salidas\n2. Intercambiar");
        return form;
    }
}
