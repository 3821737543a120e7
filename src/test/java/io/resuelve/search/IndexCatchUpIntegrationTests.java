package io.resuelve.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import io.resuelve.accounts.Actor;
import io.resuelve.support.Fixtures;
import io.resuelve.support.ResuelveIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Changes the index never saw (as when a process dies before the index reaches the disk) are indexed again at the
 * next start: here a ticket and an article changed behind Hibernate's back.
 */
@ResuelveIntegrationTest
class IndexCatchUpIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    IndexCatchUp catchUp;

    @Autowired
    TicketSearch tickets;

    @Autowired
    ArticleSearch articles;

    @Autowired
    Reindexing reindexing;

    @Test
    void recentChangesTheIndexMissedAreIndexedAgain() {
        Fixtures fixtures = new Fixtures(port);
        String word = "ambar" + System.nanoTime() % 100000;
        long number = fixtures.ticket(fixtures.customer("Karla Cliente", null), "Pedido sin factura");
        long article = new KbRows(jdbc, "CO", null).article("HOW_TO", "PUBLIC", true, "Cómo anular una factura",
                "Abra **Facturas** y elija Anular.", List.of());
        assertThat(reindexing.runAndWait().state()).isEqualTo(Reindexing.State.DONE);
        Instant before = Instant.now().minusSeconds(60);

        // Written straight to the database: the index does not know.
        java.sql.Timestamp now = java.sql.Timestamp.from(Instant.now());
        jdbc.sql("update tickets set subject = ?, last_activity_at = ? where number = ?")
                .params("Pedido sin factura " + word, now, number).update();
        jdbc.sql("update kb_article_translations set title = ?, updated_at = ? where article_id = ?")
                .params("Cómo anular una factura " + word, now, article).update();
        assertThat(tickets.search(Actor.system(), word, TicketFilters.none(), 10)).isEmpty();

        assertThat(catchUp.catchUp(before)).isGreaterThanOrEqualTo(2);

        assertThat(tickets.search(Actor.system(), word, TicketFilters.none(), 10)).extracting(SearchHit::id)
                .containsExactly(number);
        assertThat(articles.search(null, word, "es", ArticleFilters.none(), 10)).extracting(SearchHit::id)
                .containsExactly(article);
    }
}
