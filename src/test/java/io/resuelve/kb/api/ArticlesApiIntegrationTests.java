package io.resuelve.kb.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.resuelve.support.ApiClient;
import io.resuelve.support.Fixtures;
import io.resuelve.support.ResuelveIntegrationTest;
import io.resuelve.support.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The articles API and the pages behind it: who sees what (public, signed-in customers, listed organisations,
 * agents, drafts), writing with problem answers on bad input, translations with fallback, and what the version
 * history, ratings and view counter record.
 */
@ResuelveIntegrationTest
class ArticlesApiIntegrationTests {

    @LocalServerPort
    int port;

    Fixtures fixtures;
    Fixtures.Person agentPerson;
    ApiClient agent;

    @BeforeEach
    void setUp() {
        fixtures = new Fixtures(port);
        agentPerson = fixtures.agent("Lucia Autora");
        agent = fixtures.as(agentPerson);
    }

    private long create(Map<String, Object> body) {
        var response = agent.post("/api/v1/articles", body);
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        assertThat(response.header("Location")).isEqualTo("/api/v1/articles/" + response.number("id"));
        return response.number("id");
    }

    private static List<Long> ids(ApiClient.Response list) {
        List<Long> ids = new ArrayList<>();
        list.json().forEach(node -> ids.add(node.path("id").asLong()));
        return ids;
    }

    @Test
    void eachReaderSeesOnlyWhatTheArticleAllows() {
        Fixtures.Organisation orgA = fixtures.organisation("Empresa A", false);
        Fixtures.Organisation orgB = fixtures.organisation("Empresa B", false);
        ApiClient customerA = fixtures.as(fixtures.customer("Cliente A", orgA));
        ApiClient customerB = fixtures.as(fixtures.customer("Cliente B", orgB));
        ApiClient anonymous = fixtures.anonymous();
        long open = create(Map.of("title", "Cómo sincronizar", "body", "Pasos", "kind", "HOW_TO", "published", true));
        long customers = create(Map.of("title", "Mantenimientos", "body", "Domingos", "kind", "PRODUCT_INFO",
                "published", true, "visibility", "CUSTOMERS"));
        long onlyA = create(Map.of("title", "Precios de A", "body", "Solo A", "kind", "HOW_TO", "published", true,
                "visibility", "ORGANIZATIONS", "organisationIds", List.of(orgA.id())));
        long internal = create(Map.of("title", "Procedimiento interno", "body", "Escalar", "kind", "SELF_HELP",
                "published", true, "visibility", "AGENTS"));
        long draft = create(Map.of("title", "Borrador", "body", "En preparación", "kind", "SELF_HELP"));

        assertThat(anonymous.get("/api/v1/articles/" + open).status()).isEqualTo(200);
        assertThat(anonymous.get("/api/v1/articles/" + customers).status()).isEqualTo(403);
        assertThat(anonymous.get("/api/v1/articles/" + internal).status()).isEqualTo(404);
        assertThat(anonymous.get("/api/v1/articles/" + draft).status()).isEqualTo(404);
        assertThat(ids(anonymous.get("/api/v1/articles"))).contains(open)
                .doesNotContain(customers, onlyA, internal, draft);

        assertThat(customerA.get("/api/v1/articles/" + onlyA).json().path("title").asString()).isEqualTo("Precios de A");
        assertThat(customerB.get("/api/v1/articles/" + onlyA).status()).isEqualTo(404);
        assertThat(customerB.get("/api/v1/articles/" + internal).status()).isEqualTo(404);
        assertThat(customerB.get("/api/v1/articles/" + draft).status()).isEqualTo(404);
        assertThat(ids(customerA.get("/api/v1/articles"))).contains(open, customers, onlyA)
                .doesNotContain(internal, draft);
        assertThat(ids(customerB.get("/api/v1/articles"))).contains(open, customers)
                .doesNotContain(onlyA, internal, draft);
        assertThat(ids(agent.get("/api/v1/articles"))).contains(open, customers, onlyA, internal, draft);

        WebSession pageB = WebSession.signedIn(port, fixtures.customer("Otro B", orgB).email(), Fixtures.PASSWORD);
        assertThat(pageB.get("/ayuda/articulos/" + onlyA).status()).isEqualTo(404);
        assertThat(pageB.get("/ayuda").body()).contains("Cómo sincronizar").doesNotContain("Precios de A",
                "Procedimiento interno", "Borrador");
        assertThat(pageB.post("/articulos-guardados/" + onlyA, Map.of()).status()).isEqualTo(404);
        assertThat(WebSession.visitor(port, "es").get("/ayuda/articulos/" + customers).location()).endsWith("/login");
    }

    @Test
    void badInputIsAnsweredWithAProblemAndWritingIsForStaff() {
        var noTitle = agent.post("/api/v1/articles", Map.of("body", "Texto", "kind", "HOW_TO"));
        assertThat(noTitle.status()).isEqualTo(400);
        assertThat(noTitle.header("Content-Type")).startsWith("application/problem+json");
        assertThat(noTitle.body()).contains("título");

        var badKind = agent.post("/api/v1/articles", Map.of("title", "T", "body", "B", "kind", "RECETA"));
        assertThat(badKind.status()).isEqualTo(400);
        assertThat(badKind.header("Content-Type")).startsWith("application/problem+json");

        var badLanguage = agent.post("/api/v1/articles", Map.of("title", "T", "body", "B", "kind", "HOW_TO",
                "language", "fr"));
        assertThat(badLanguage.status()).isEqualTo(400);
        var noOrganisations = agent.post("/api/v1/articles", Map.of("title", "T", "body", "B", "kind", "HOW_TO",
                "visibility", "ORGANIZATIONS"));
        assertThat(noOrganisations.status()).isEqualTo(400);
        assertThat(agent.post("/api/v1/articles", Map.of("title", "T", "body", "B", "kind", "HOW_TO",
                "folderId", 999_999)).status()).isEqualTo(400);

        ApiClient customer = fixtures.as(fixtures.customer("Cliente", null));
        var refused = customer.post("/api/v1/articles", Map.of("title", "T", "body", "B", "kind", "HOW_TO"));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(fixtures.anonymous().post("/api/v1/articles", Map.of("title", "T", "body", "B", "kind",
                "HOW_TO")).status()).isEqualTo(401);
        long id = create(Map.of("title", "Propio", "body", "Texto", "kind", "HOW_TO", "published", true));
        assertThat(customer.send("PUT", "/api/v1/articles/" + id, "application/json",
                "{\"title\":\"Cambiado\"}".getBytes()).status()).isEqualTo(403);
        assertThat(agent.get("/api/v1/articles/" + id).json().path("title").asString()).isEqualTo("Propio");
        assertThat(agent.get("/api/v1/articles/" + Long.MAX_VALUE).status()).isEqualTo(404);
    }

    @Test
    void translationsFallBackToTheDefaultLanguageAndEverySaveIsAVersion() {
        var created = agent.post("/api/v1/articles", Map.of("title", "Error 401 en Ruta Móvil",
                "body", "Cierre la sesión <script>alert(1)</script>", "kind", "SELF_HELP", "published", true));
        long id = created.number("id");
        assertThat(created.json().path("folderName").asString()).as("default folder").isEqualTo("General");
        assertThat(created.json().path("html").asString()).doesNotContain("<script");
        var english = agent.send("PUT", "/api/v1/articles/" + id, "application/json",
                "{\"title\":\"Error 401 in Ruta Móvil\",\"body\":\"Sign out\",\"language\":\"en\"}".getBytes());
        assertThat(english.status()).as(english.toString()).isEqualTo(200);

        ApiClient anonymous = fixtures.anonymous();
        JsonNode en = anonymous.get("/api/v1/articles/" + id + "?lang=en").json();
        assertThat(en.path("title").asString()).isEqualTo("Error 401 in Ruta Móvil");
        assertThat(en.path("language").asString()).isEqualTo("en");
        JsonNode pt = anonymous.get("/api/v1/articles/" + id + "?lang=pt").json();
        assertThat(pt.path("title").asString()).isEqualTo("Error 401 en Ruta Móvil");
        assertThat(pt.path("language").asString()).isEqualTo("es");
        assertThat(pt.path("languages").toString()).contains("en", "es");
        assertThat(ids(anonymous.get("/api/v1/articles?kind=SELF_HELP&lang=en"))).contains(id);
        assertThat(ids(anonymous.get("/api/v1/articles?kind=HOW_TO"))).doesNotContain(id);

        WebSession agentPages = WebSession.signedIn(port, agentPerson.email(), Fixtures.PASSWORD);
        String history = agentPages.get("/agente/base-conocimiento/" + id + "/versiones").body();
        assertThat(history).contains("Lucia Autora", "Error 401 en Ruta Móvil", "Error 401 in Ruta Móvil");
    }

    @Test
    void votesCountOncePerReaderAndViewsOncePerPage() {
        long id = create(Map.of("title", "Útil", "body", "Texto", "kind", "HOW_TO", "published", true));
        WebSession visitor = WebSession.visitor(port, "es");
        assertThat(visitor.get("/ayuda/articulos/" + id).body()).contains("¿Le fue útil este artículo?");
        visitor.post("/ayuda/articulos/" + id + "/valoracion", Map.of("util", "si"));
        visitor.post("/ayuda/articulos/" + id + "/valoracion", Map.of("util", "no"));
        var commented = visitor.post("/ayuda/articulos/" + id + "/comentario", Map.of("comentario", "Falta el paso 3"));
        assertThat(commented.status()).isEqualTo(302);
        assertThat(visitor.get("/ayuda/articulos/" + id).body()).contains("Comentarios enviados",
                "Agradecemos su iniciativa, e intentaremos corregir el artículo");
        WebSession customer = WebSession.signedIn(port, fixtures.customer("Lectora", null).email(), Fixtures.PASSWORD);
        customer.post("/ayuda/articulos/" + id + "/valoracion", Map.of("util", "si"));

        WebSession agentPages = WebSession.signedIn(port, agentPerson.email(), Fixtures.PASSWORD);
        String feedback = agentPages.get("/agente/base-conocimiento/" + id + "/comentarios").body();
        assertThat(feedback).contains("id=\"tally-yes\">1<", "id=\"tally-no\">1<", "Falta el paso 3");
        agentPages.get("/ayuda/articulos/" + id);
        assertThat(agent.get("/api/v1/articles/" + id).json().path("viewCount").asLong())
                .as("two reader views; the agent's does not count").isEqualTo(2);
    }
}
