package io.resuelve.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
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
 * The quality coach over HTTP: the API in three languages and its refusals as problem JSON, the live fragment of
 * the portal form, the score stored on every new ticket, and the administration page — a rule made blocking
 * refuses the portal form, a word added extends a rule.
 */
@ResuelveIntegrationTest
class QualityCoachIntegrationTests {

    private static final String GOOD = "Los pedidos no se están cargando en Ivanova Maria (ruta 1), se emite el error "
            + "1102 durante el intercambio.";

    @LocalServerPort
    int port;

    @Test
    void theApiCoachesInTheLanguageAskedFor() {
        ApiClient customer = customer();
        Map<String, String> expected = Map.of("es", "El asunto no dice qué ocurre ni dónde.", "en",
                "The subject does not say what happens or where.", "pt", "O assunto não diz o que acontece nem onde.");
        for (var language : expected.entrySet()) {
            var answer = customer.post("/api/v1/quality-check", Map.of("subject", "No funciona", "description", GOOD,
                    "type", "CONSULTA", "language", language.getKey()));
            assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
            JsonNode finding = answer.json().path("findings").get(0);
            assertThat(finding.path("rule").asString()).isEqualTo("subject.vague");
            assertThat(finding.path("severity").asString()).isEqualTo("WARNING");
            assertThat(finding.path("message").asString()).isEqualTo(language.getValue());
            assertThat(finding.path("fix").asString()).isNotBlank();
            assertThat(finding.path("example").asString()).isNotBlank();
            assertThat(answer.json().path("score").asInt()).isEqualTo(70);
        }

        var english = customer.inLanguage("en").post("/api/v1/quality-check", Map.of("subject",
                "URGENTE!!! no funciona", "description", "no funciona", "type", "Un defecto en el programa"));
        assertThat(english.status()).as(english.toString()).isEqualTo(200);
        assertThat(rules(english.json())).contains("subject.vague", "text.shouting", "text.punctuation",
                "description.context", "defect.reproduction", "error.evidence");
        assertThat(english.json().path("findings").get(0).path("message").asString()).startsWith("The ");
        assertThat(english.json().path("score").asInt()).isZero();

        var good = customer.post("/api/v1/quality-check", Map.of("subject", "No se cargan los pedidos",
                "description", GOOD, "type", "ERROR_INTERCAMBIO"));
        assertThat(good.json().path("score").asInt()).isEqualTo(100);
        assertThat(good.json().path("findings")).isEmpty();
        assertThat(good.json().path("blocked").asBoolean()).isFalse();
    }

    @Test
    void badInputIsRefusedAsProblemJsonInTheCallersLanguage() {
        ApiClient customer = customer();
        var empty = customer.post("/api/v1/quality-check", Map.of("subject", " "));
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.header("Content-Type")).startsWith("application/problem+json");
        assertThat(empty.json().path("detail").asString()).isEqualTo("Indique al menos el asunto o la descripción.");
        assertThat(empty.json().path("field").asString()).isEqualTo("subject");

        var type = customer.inLanguage("en").post("/api/v1/quality-check", Map.of("subject", "Pedidos",
                "type", "NO_EXISTE"));
        assertThat(type.status()).isEqualTo(400);
        assertThat(type.json().path("detail").asString()).isEqualTo("That request type does not exist.");
        assertThat(type.json().path("field").asString()).isEqualTo("type");

        var language = customer.inLanguage("pt").post("/api/v1/quality-check", Map.of("subject", "Pedidos",
                "language", "fr"));
        assertThat(language.status()).isEqualTo(400);
        assertThat(language.json().path("detail").asString()).isEqualTo("Idioma não suportado: use es, en ou pt.");

        var unreadable = customer.send("POST", "/api/v1/quality-check", "application/json", "{".getBytes());
        assertThat(unreadable.status()).isEqualTo(400);
        assertThat(new Fixtures(port).anonymous().post("/api/v1/quality-check", Map.of("subject", "x")).status())
                .isEqualTo(401);
    }

    @Test
    void everyNewTicketCarriesTheCoachsScore() {
        ApiClient customer = customer();
        var poor = customer.post("/api/v1/tickets", Map.of("subject", "¡URGENTE! Todo está roto!", "description",
                "La agente María tiene una aplicación estropeada en su tableta!"));
        var good = customer.post("/api/v1/tickets", Map.of("subject", "No se cargan los pedidos de la ruta 1",
                "description", GOOD));
        assertThat(poor.status()).as(poor.toString()).isEqualTo(201);

        assertThat(customer.get("/api/v1/tickets/" + poor.number("number")).json().path("qualityScore").asInt())
                .isLessThanOrEqualTo(30);
        assertThat(customer.get("/api/v1/tickets/" + good.number("number")).json().path("qualityScore").asInt())
                .isGreaterThanOrEqualTo(90);
    }

    @Test
    void thePortalFormGetsItsFindingsAsAFragment() {
        Fixtures fixtures = new Fixtures(port);
        Fixtures.Person person = fixtures.customer("Carolina Rojas", fixtures.organisation("Andina", true));
        WebSession browser = WebSession.signedIn(port, person.email(), Fixtures.PASSWORD);

        var page = browser.post("/tickets/nuevo/calidad", Map.of("asunto", "URGENTE!!! no funciona", "descripcion",
                "no funciona", "tipo", "DEFECTO", "archivos", "0"));

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("data-rule=\"subject.vague\"", "data-rule=\"text.shouting\"",
                "data-rule=\"defect.reproduction\"", "El asunto no dice qué ocurre ni dónde.", "Calidad: 0 de 100")
                .doesNotContain("<html");
        assertThat(browser.get("/tickets/nuevo?tipo=DEFECTO").body()).contains("id=\"quality-coach\"",
                "data-type-code=\"DEFECTO\"", "/js/coach.js", "id=\"coach-results\"");
    }

    @Test
    void anAdministratorMakesARuleBlockingAndThePortalFormRefusesTheTicket() {
        Fixtures fixtures = new Fixtures(port);
        Fixtures.Person person = fixtures.customer("Ignacio Muñoz", fixtures.organisation("Farmacias", false));
        WebSession customer = WebSession.signedIn(port, person.email(), Fixtures.PASSWORD);
        WebSession admin = WebSession.signedIn(port, Fixtures.ADMIN_EMAIL, Fixtures.ADMIN_PASSWORD);
        assertThat(customer.get("/admin/calidad").status()).isEqualTo(403);
        try {
            var saved = admin.post("/admin/calidad/modos", Map.of("bloquear", "IDEA|subject.vague"));
            assertThat(saved.status()).isEqualTo(302);
            assertThat(admin.get("/admin/calidad").body()).contains("id=\"block-IDEA-subject-vague\"")
                    .containsPattern("value=\"IDEA\\|subject.vague\" id=\"block-IDEA-subject-vague\"\\s+"
                            + "checked");
            int before = tickets(person);

            var refused = customer.post("/tickets/nuevo", form("No funciona", "IDEA"));
            assertThat(refused.status()).isEqualTo(200);
            assertThat(refused.body()).contains("No se puede enviar el ticket todavía", "Impide enviar",
                    "data-severity=\"BLOCKING\"");
            assertThat(tickets(person)).isEqualTo(before);

            assertThat(customer.post("/tickets/nuevo", form("No funciona", "NUEVA_FUNCIONALIDAD")).status())
                    .as("the rule blocks only the type it was chosen for").isEqualTo(302);
            var filed = customer.post("/tickets/nuevo", form("No se cargan los pedidos de Ivanova Maria", "IDEA"));
            assertThat(filed.status()).as(alert(filed.body())).isEqualTo(302);
            assertThat(tickets(person)).isEqualTo(before + 2);

            // The API refuses the customer alike, with what to fix; an agent filing for them is never refused.
            Map<String, Object> vague = Map.of("subject", "No funciona", "description", "No funciona nada",
                    "type", "IDEA");
            var api = fixtures.as(person).post("/api/v1/tickets", vague);
            assertThat(api.status()).as(api.toString()).isEqualTo(400);
            assertThat(api.json().path("detail").asString()).startsWith("Falta corregir:");
            assertThat(tickets(person)).isEqualTo(before + 2);
            var agent = fixtures.as(fixtures.agent("Agente Calidad")).post("/api/v1/tickets",
                    Map.of("subject", "No funciona", "description", "No funciona nada", "type", "IDEA",
                            "requesterEmail", person.email()));
            assertThat(agent.status()).as(agent.toString()).isEqualTo(201);
        } finally {
            admin.post("/admin/calidad/modos", Map.of());
        }
        assertThat(customer.post("/tickets/nuevo", form("No funciona", "IDEA")).status()).isEqualTo(302);
    }

    @Test
    void wordsAnAdministratorAddsExtendARule() {
        WebSession admin = WebSession.signedIn(port, Fixtures.ADMIN_EMAIL, Fixtures.ADMIN_PASSWORD);
        ApiClient customer = customer();
        Map<String, String> check = Map.of("subject", "La planilla no anda", "description", GOOD, "language", "es");
        assertThat(rules(customer.post("/api/v1/quality-check", check).json())).doesNotContain("subject.vague");

        var added = admin.post("/admin/calidad/palabras", Map.of("regla", "subject.vague", "idioma", "es",
                "palabra", "planilla no anda"));
        assertThat(added.status()).isEqualTo(302);
        String page = admin.get("/admin/calidad").body();
        assertThat(page).contains("Se agregó «planilla no anda».", "data-term=\"planilla no anda\"");
        assertThat(rules(customer.post("/api/v1/quality-check", check).json())).contains("subject.vague");
        assertThat(admin.get("/admin/auditoria").body()).contains(
                "agregó una palabra a la regla del asistente de calidad", "es: planilla no anda");

        admin.post("/admin/calidad/palabras", Map.of("regla", "subject.vague", "idioma", "es", "palabra",
                "re:(sin cerrar"));
        assertThat(admin.get("/admin/calidad").body()).contains("La expresión regular no es válida");
        admin.post("/admin/calidad/palabras", Map.of("regla", "text.punctuation", "idioma", "es", "palabra", "x"));
        assertThat(admin.get("/admin/calidad").body()).contains("Esa regla no admite palabras adicionales.");

        Matcher remove = Pattern.compile("/admin/calidad/palabras/(\\d+)/quitar").matcher(page);
        assertThat(remove.find()).isTrue();
        assertThat(admin.post("/admin/calidad/palabras/" + remove.group(1) + "/quitar", Map.of()).status())
                .isEqualTo(302);
        assertThat(rules(customer.post("/api/v1/quality-check", check).json())).doesNotContain("subject.vague");
    }

    private ApiClient customer() {
        Fixtures fixtures = new Fixtures(port);
        return fixtures.as(fixtures.customer("Valentina Soto", fixtures.organisation("Rioplatense", true)));
    }

    private int tickets(Fixtures.Person person) {
        return new Fixtures(port).as(person).get("/api/v1/tickets?limit=200").json().path("items").size();
    }

    private static Map<String, String> form(String subject, String type) {
        Map<String, String> form = new HashMap<>();
        form.put("asunto", subject);
        form.put("tipo", type);
        form.put("prioridad", "NORMAL");
        form.put("descripcion", GOOD);
        if (type.equals("NUEVA_FUNCIONALIDAD")) {
            form.put("cf_objetivo", "Que los supervisores vean las visitas de cada ruta sin llamar a los vendedores.");
        }
        return form;
    }

    private static String alert(String page) {
        Matcher alert = Pattern.compile("role=\"alert\"[^>]*>(.*?)</div>", Pattern.DOTALL).matcher(page);
        return alert.find() ? alert.group(1).replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ") : "no alert";
    }

    private static List<String> rules(JsonNode answer) {
        return answer.path("findings").valueStream().map(f -> f.path("rule").asString()).toList();
    }
}
