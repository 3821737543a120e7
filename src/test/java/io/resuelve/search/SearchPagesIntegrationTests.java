package io.resuelve.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.resuelve.support.Fixtures;
import io.resuelve.support.ResuelveIntegrationTest;
import io.resuelve.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The search API's answers to bad input, the results page, misses for agents, deflection, the admin reindex. */
@ResuelveIntegrationTest
class SearchPagesIntegrationTests {

    private static final String ADMIN = "admin@resuelve.local";
    private static final String ADMIN_PASSWORD = "Resuelve-Admin-2026";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Reindexing reindexing;

    @Test
    void theApiAnswersBadInputWithAProblem() {
        var visitor = new Fixtures(port).anonymous();
        var missing = visitor.get("/api/v1/search");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.header("Content-Type")).startsWith("application/problem+json");
        var noWord = visitor.get("/api/v1/search?q=%21%21%21");
        assertThat(noWord.status()).isEqualTo(400);
        assertThat(noWord.header("Content-Type")).startsWith("application/problem+json");
        assertThat(noWord.text("detail")).isEqualTo("Escriba al menos una palabra o un número para buscar.");
        var badType = visitor.inLanguage("en").get("/api/v1/search?q=factura&type=faq");
        assertThat(badType.status()).isEqualTo(400);
        assertThat(badType.text("detail")).contains("faq").contains("article or ticket");
        var wrongPassword = visitor.as(ADMIN, "wrong-password").get("/api/v1/search?q=factura");
        assertThat(wrongPassword.status()).isEqualTo(401);
        assertThat(visitor.get("/api/v1/search?q=factura&type=ticket").json()).as("visitors have no tickets").isEmpty();
    }

    @Test
    void theResultsPageShowsArticlesToEveryoneAndTicketsToThoseWhoMaySeeThem() {
        Fixtures fixtures = new Fixtures(port);
        String word = "ambar" + System.nanoTime() % 100000;
        Fixtures.Person customer = fixtures.customer("Julia Cliente", fixtures.organisation("Ámbar", false));
        long ticket = fixtures.ticket(customer, "Pedidos " + word + " sin cargar");
        long article = indexedArticle("CUSTOMERS", "Cómo recuperar pedidos " + word);
        long open = indexedArticle("PUBLIC", "Pedidos pendientes " + word);

        var visitorPage = WebSession.visitor(port, "es").get("/buscar?q=pasos+" + word);
        assertThat(visitorPage.status()).isEqualTo(200);
        assertThat(visitorPage.body()).contains("Pedidos pendientes " + word).contains("<mark>pasos</mark>")
                .contains("href=\"/ayuda/articulos/" + open + "\"").doesNotContain("recuperar pedidos " + word)
                .doesNotContain("id=\"ticket-results\"");

        var customerPage = WebSession.signedIn(port, customer.email(), Fixtures.PASSWORD)
                .get("/buscar?q=pedido+" + word);
        assertThat(customerPage.body()).contains("Cómo recuperar pedidos " + word)
                .contains("href=\"/tickets/" + ticket + "\"").contains("id=\"ticket-results\"")
                .contains("href=\"/ayuda/articulos/" + article + "\"");
        var filtered = WebSession.signedIn(port, customer.email(), Fixtures.PASSWORD)
                .get("/buscar?q=pedido+" + word + "&tipo=tickets&estado=CLOSED");
        assertThat(filtered.body()).doesNotContain("href=\"/tickets/" + ticket + "\"").contains("id=\"search-none\"");
        // the portal's own scripts call the API with the session: the customer's articles are there too
        var api = WebSession.signedIn(port, customer.email(), Fixtures.PASSWORD)
                .get("/api/v1/search?type=article&q=recuperar+" + word);
        assertThat(api.status()).isEqualTo(200);
        assertThat(api.body()).contains("\"id\":" + article);
        assertThat(WebSession.visitor(port, "es").get("/buscar").status()).isEqualTo(200);
    }

    @Test
    void agentsSeeTheSearchesThatFoundNothing() {
        Fixtures fixtures = new Fixtures(port);
        String query = "xilofono" + System.nanoTime() % 100000 + " roto";
        var visitor = fixtures.anonymous();
        visitor.get("/api/v1/search?type=article&q=" + query.replace(" ", "+"));
        WebSession.visitor(port, "es").get("/buscar?q=" + query.replace(" ", "+").toUpperCase());
        Fixtures.Person agent = fixtures.agent("Kiko Agente");

        var page = WebSession.signedIn(port, agent.email(), Fixtures.PASSWORD).get("/agente/busquedas-sin-resultado");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains(query);
        int row = page.body().indexOf(query);
        assertThat(page.body().substring(row, page.body().indexOf("</tr>", row))).contains(">2<");
        Fixtures.Person customer = fixtures.customer("Lola Cliente", null);
        assertThat(WebSession.signedIn(port, customer.email(), Fixtures.PASSWORD)
                .get("/agente/busquedas-sin-resultado").status()).isEqualTo(403);
    }

    @Test
    void suggestionsBesideTheNewTicketFormAndTheDeflectionRecord() {
        Fixtures fixtures = new Fixtures(port);
        String word = "jade" + System.nanoTime() % 100000;
        long article = indexedArticle("PUBLIC", "Restablecer la contraseña " + word);
        Fixtures.Person customer = fixtures.customer("Mara Cliente", null);
        WebSession session = WebSession.signedIn(port, customer.email(), Fixtures.PASSWORD);

        var form = session.get("/tickets/nuevo?tipo=CONSULTA");
        assertThat(form.body()).contains("id=\"deflection\"").contains("/js/deflection.js")
                .contains("data-suggest-url=\"/buscar/sugerencias\"");
        var suggestions = session.get("/buscar/sugerencias?q=olvide+mi+contrasena+" + word);
        assertThat(suggestions.status()).isEqualTo(200);
        assertThat(suggestions.body()).contains("Restablecer la contraseña " + word)
                .contains("data-article-id=\"" + article + "\"").contains("target=\"_blank\"");

        var recorded = session.post("/buscar/desvios", Map.of("articulo", Long.toString(article), "q",
                "contrasena " + word));
        assertThat(recorded.status()).isEqualTo(204);
        assertThat(jdbc.sql("select count(*) from search_deflections where article_id = ? and user_id = ?")
                .params(article, customer.id()).query(Long.class).single()).isEqualTo(1);
        assertThat(session.post("/buscar/desvios", Map.of("articulo", "999999999")).status()).isEqualTo(400);
        assertThat(WebSession.visitor(port, "es").get("/buscar/sugerencias?q=" + word).status())
                .as("suggestions are for signed-in people writing a ticket").isIn(302, 401);
    }

    @Test
    void anAdminRebuildsTheIndexAndFollowsItsProgress() throws InterruptedException {
        Fixtures fixtures = new Fixtures(port);
        String word = "opalo" + System.nanoTime() % 100000;
        long ticket = fixtures.ticket(fixtures.customer("Nora Cliente", null), "Consulta " + word);
        WebSession admin = WebSession.signedIn(port, ADMIN, ADMIN_PASSWORD);
        var page = admin.get("/admin/busqueda");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"search-backend\">lucene<").contains("hx-post=\"/admin/busqueda/reindexar\"");

        assertThat(admin.post("/admin/busqueda/reindexar", Map.of()).status()).isEqualTo(302);
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        String progress = admin.get("/admin/busqueda/progreso").body();
        while (!progress.contains("id=\"reindex-done\"") && Instant.now().isBefore(deadline)) {
            assertThat(progress).doesNotContain("alert-danger");
            Thread.sleep(200);
            progress = admin.get("/admin/busqueda/progreso").body();
        }
        assertThat(progress).contains("id=\"reindex-done\"").contains("Índice reconstruido");
        assertThat(reindexing.progress().documents()).isGreaterThan(0);
        assertThat(new Fixtures(port).admin().get("/api/v1/search?type=ticket&q=" + word).body())
                .contains("\"id\":" + ticket);
        assertThat(WebSession.signedIn(port, fixtures.agent("Ona Agente").email(), Fixtures.PASSWORD)
                .get("/admin/busqueda").status()).isEqualTo(403);
    }

    private long indexedArticle(String visibility, String title) {
        long id = new KbRows(jdbc, "CO", null).article("HOW_TO", visibility, true, title,
                "Siga los pasos de esta guía.", List.of());
        assertThat(reindexing.runAndWait().state()).isEqualTo(Reindexing.State.DONE);
        return id;
    }
}
