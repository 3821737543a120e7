package io.resuelve.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import io.resuelve.support.Fixtures;
import io.resuelve.support.ResuelveIntegrationTest;
import io.resuelve.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** "Exportar" (seed 002): a CSV Excel opens with accents intact, holding exactly what the filters select. */
@ResuelveIntegrationTest
class TicketExportIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void exportsTheFilteredVisibleTicketsAsUtf8WithBom() {
        Fixtures fixtures = new Fixtures(port);
        Fixtures.Organisation andina = fixtures.organisation("Andina", true);
        Fixtures.Person carolina = fixtures.customer("Carolina Rojas", andina);
        Fixtures.Person andres = fixtures.customer("Andrés Pérez", andina);
        fixtures.ticket(carolina, "Facturación: el pedido 456 figura como facturado; revisar");
        fixtures.ticket(andres, "=HYPERLINK(\"http://malo.example\") y pedidos del martes");
        fixtures.ticket(fixtures.customer("Ajena", fixtures.organisation("Otra", true)), "Ticket de otra empresa");

        WebSession session = WebSession.signedIn(port, carolina.email(), Fixtures.PASSWORD);
        var export = session.get("/tickets/exportar?vista=organizacion");
        assertThat(export.status()).isEqualTo(200);
        assertThat(export.header("Content-Type")).startsWith("text/csv");
        assertThat(export.header("Content-Disposition")).startsWith("attachment");
        byte[] bytes = export.bytes();
        assertThat(new byte[] { bytes[0], bytes[1], bytes[2] }).containsExactly(0xEF, 0xBB, 0xBF);
        String csv = new String(bytes, StandardCharsets.UTF_8).substring(1);
        String[] lines = csv.split("\r\n");
        assertThat(lines[0]).startsWith("Número;Asunto;Estado");
        assertThat(lines).hasSize(3);
        assertThat(csv).contains("\"Facturación: el pedido 456 figura como facturado; revisar\"", "Andrés Pérez")
                .contains("'=HYPERLINK").doesNotContain("Ticket de otra empresa");

        var mine = session.get("/tickets/exportar?q=facturaci");
        assertThat(new String(mine.bytes(), StandardCharsets.UTF_8).split("\r\n")).hasSize(2);
    }
}
