package io.resuelve.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import io.resuelve.support.Fixtures;
import io.resuelve.support.ResuelveIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The Elasticsearch/OpenSearch back-end against a real OpenSearch 3: the same analyzers, scope and highlighting as
 * with Lucene ({@link OpenSearchCluster} says when it runs).
 */
@ExtendWith(OpenSearchCluster.class)
@ResuelveIntegrationTest
class OpenSearchSearchIntegrationTests {

    @DynamicPropertySource
    static void openSearch(DynamicPropertyRegistry registry) {
        registry.add("resuelve.search.backend", () -> "elasticsearch");
        registry.add("resuelve.search.uris", OpenSearchCluster::uri);
        // a cluster makes changes visible on its refresh; tests search right after writing
        registry.add("resuelve.search.synchronization", () -> "read-sync");
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Reindexing reindexing;

    @Test
    void ticketsAreFoundWithinTheCustomersScope() {
        Fixtures fixtures = new Fixtures(port);
        String word = "granate" + System.nanoTime() % 100000;
        Fixtures.Person ana = fixtures.customer("Ana Granate", fixtures.organisation("Granate", false));
        Fixtures.Person beto = fixtures.customer("Beto Otro", fixtures.organisation("Otro", false));
        long anas = fixtures.ticket(ana, "Facturación de pedidos " + word);

        JsonNode found = fixtures.as(ana).get("/api/v1/search?type=ticket&q=facturacion+pedido+" + word).json();
        assertThat(found).hasSize(1);
        assertThat(found.get(0).path("id").asLong()).isEqualTo(anas);
        assertThat(found.get(0).path("url").asString()).isEqualTo("/tickets/" + anas);
        assertThat(fixtures.as(beto).get("/api/v1/search?type=ticket&q=" + word).json()).isEmpty();
        assertThat(fixtures.as(ana).get("/api/v1/search?type=ticket&q=fatcuracion+" + word).json())
                .as("a typo").hasSize(1);
    }

    @Test
    void articlesAreAnalysedAndHighlightedAsWithLucene() {
        Fixtures fixtures = new Fixtures(port);
        String word = "berilo" + System.nanoTime() % 100000;
        long open = new KbRows(jdbc, "CO", null).article("HOW_TO", "PUBLIC", true, "Cambiar la contraseña " + word,
                "Abra su perfil y cambie la contraseña.", List.of());
        new KbRows(jdbc, "CO", null).article("HOW_TO", "AGENTS", true, "Contraseñas de agentes " + word,
                "Interno.", List.of());
        assertThat(reindexing.runAndWait().state()).isEqualTo(Reindexing.State.DONE);

        JsonNode found = fixtures.anonymous().get("/api/v1/search?type=article&lang=es&q=contrasenas+" + word).json();
        assertThat(found).hasSize(1);
        assertThat(found.get(0).path("id").asLong()).isEqualTo(open);
        assertThat(found.get(0).path("snippet").asString()).contains("<mark>contraseña</mark>");
        assertThat(fixtures.admin().get("/api/v1/search?type=article&q=contrasenas+" + word).json()).hasSize(2);
    }
}
