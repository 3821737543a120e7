package io.resuelve.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.resuelve.support.ApiClient;
import io.resuelve.support.Fixtures;
import io.resuelve.support.ResuelveIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The article index follows the knowledge base's commits (no reindex): a new article is found at once, a change of
 * visibility hides it at once, a new translation is found in its language; "more like this" for the article page.
 */
@ResuelveIntegrationTest
class ArticleIndexIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    ArticleSearch articles;

    @Test
    void theIndexFollowsEveryCommitOfTheKnowledgeBase() {
        Fixtures fixtures = new Fixtures(port);
        ApiClient admin = fixtures.admin();
        ApiClient visitor = fixtures.anonymous();
        String word = "turquesa" + System.nanoTime() % 100000;
        long id = create(admin, "Cómo emitir una nota de crédito " + word, "Entre en **Facturación** y elija la "
                + "factura original.", "PUBLIC");

        assertThat(ids(visitor, "nota credito " + word, "es")).containsExactly(id);
        assertThat(ids(visitor, "facturacion " + word, "es")).as("words of the body").containsExactly(id);

        var hidden = admin.send("PUT", "/api/v1/articles/" + id, "application/json",
                "{\"visibility\":\"AGENTS\",\"language\":\"es\"}".getBytes());
        assertThat(hidden.status()).as(hidden.toString()).isEqualTo(200);
        assertThat(ids(visitor, "nota credito " + word, "es")).isEmpty();
        assertThat(ids(admin, "nota credito " + word, "es")).containsExactly(id);

        var translated = admin.send("PUT", "/api/v1/articles/" + id, "application/json", ("{\"language\":\"en\","
                + "\"title\":\"How to issue a credit note " + word + "\",\"body\":\"Open Billing and choose the "
                + "original invoice.\",\"visibility\":\"PUBLIC\"}").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(translated.status()).as(translated.toString()).isEqualTo(200);
        JsonNode english = visitor.get("/api/v1/search?type=article&lang=en&q=credit+notes+" + word).json();
        assertThat(english).hasSize(1);
        assertThat(english.get(0).path("url").asString()).isEqualTo("/ayuda/articulos/" + id + "?lang=en");
        assertThat(ids(visitor, "nota credito " + word, "es")).as("visible again, in Spanish").containsExactly(id);
    }

    @Test
    void similarArticlesShareWords() {
        Fixtures fixtures = new Fixtures(port);
        ApiClient admin = fixtures.admin();
        String word = "coral" + System.nanoTime() % 100000;
        long first = create(admin, "Sincronizar pedidos " + word + " en la ruta", "Pasos para sincronizar.", "PUBLIC");
        long second = create(admin, "Error al sincronizar pedidos " + word, "Qué hacer si falla.", "PUBLIC");
        long unrelated = create(admin, "Cambiar el idioma del portal", "Elija su idioma en el perfil.", "PUBLIC");

        List<Long> similar = articles.similarTo(first, "es", 5);
        assertThat(similar).contains(second).doesNotContain(first, unrelated);
    }

    private static long create(ApiClient admin, String title, String body, String visibility) {
        Map<String, Object> article = new HashMap<>(Map.of("title", title, "body", body, "kind", "HOW_TO",
                "language", "es", "published", true, "visibility", visibility));
        var created = admin.post("/api/v1/articles", article);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.number("id");
    }

    private static List<Long> ids(ApiClient api, String q, String lang) {
        var response = api.get("/api/v1/search?type=article&lang=" + lang + "&q=" + q.replace(" ", "+"));
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        List<Long> ids = new java.util.ArrayList<>();
        response.json().forEach(r -> ids.add(r.path("id").asLong()));
        return ids;
    }
}
