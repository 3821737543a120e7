package io.resuelve.forms;

import static org.assertj.core.api.Assertions.assertThat;

import io.resuelve.accounts.Actor;
import io.resuelve.support.TestClockConfiguration;
import io.resuelve.tickets.Priority;
import io.resuelve.tickets.TicketQueries;
import io.resuelve.tickets.TicketQuery;
import io.resuelve.tickets.TicketView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/** The demo data files its tickets through the section forms: typed values and a suggested priority. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "resuelve.demo-data=true",
        "resuelve.data-dir=${java.io.tmpdir}/resuelve-tests/${random.uuid}",
        "spring.datasource.url=jdbc:h2:mem:resuelve-${random.uuid};MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1" })
@Import(TestClockConfiguration.class)
class DemoRequestTypesIntegrationTests {

    @Autowired
    TicketQueries queries;

    @Test
    void demoTicketsCarryTheirSectionValues() {
        var tickets = queries.list(TicketQuery.all().withLimit(200), Actor.system()).items();
        TicketView telemeters = tickets.stream().filter(t -> t.subject().startsWith("Falla de comunicación"))
                .findFirst().orElseThrow();
        assertThat(telemeters.customFields()).extracting(v -> v.key()).contains("operacion", "impact_stopped");
        assertThat(telemeters.suggestedPriority()).isEqualTo(Priority.URGENT);
        TicketView notes = tickets.stream().filter(t -> t.subject().startsWith("No aparecen las notas en Salidas"))
                .findFirst().orElseThrow();
        assertThat(notes.customFields()).extracting(v -> v.key() + "=" + v.text()).containsExactly("subsistema=MOVIL");
    }
}
