package io.resuelve.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import io.resuelve.support.ApiClient;
import io.resuelve.support.Fixtures;
import io.resuelve.support.MutableClock;
import io.resuelve.support.ResuelveIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Seed 002: a resolved ticket the customer does not answer closes by itself after 48 hours, and only then. */
@ResuelveIntegrationTest
class AutoCloseIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    AutoClose autoClose;

    @Autowired
    MutableClock clock;

    @Test
    void resolvedTicketsCloseAfter48HoursWithoutAnAnswer() {
        Fixtures fixtures = new Fixtures(port);
        Fixtures.Person customer = fixtures.customer("Valentina Soto", fixtures.organisation("Farmacias", false));
        ApiClient admin = fixtures.admin();
        long unanswered = fixtures.ticket(customer, "Carga masiva de usuarios desde Excel");
        long answered = fixtures.ticket(customer, "Notas en Salidas");
        admin.post("/api/v1/tickets/" + unanswered + "/resolve", Map.of());
        admin.post("/api/v1/tickets/" + answered + "/resolve", Map.of());

        clock.advance(Duration.ofHours(47));
        autoClose.closeUnansweredResolutions();
        assertThat(status(admin, unanswered)).isEqualTo("RESOLVED");
        fixtures.as(customer).post("/api/v1/tickets/" + answered + "/confirmation", Map.of("solved", false, "comment",
                "Todavía no aparecen las notas"));

        clock.advance(Duration.ofHours(2));
        assertThat(autoClose.closeUnansweredResolutions()).isGreaterThanOrEqualTo(1);
        assertThat(status(admin, unanswered)).isEqualTo("CLOSED");
        assertThat(status(admin, answered)).isEqualTo("OPEN");
        JsonNode last = null;
        for (JsonNode change : admin.get("/api/v1/tickets/" + unanswered + "/history").json()) {
            last = change;
        }
        assertThat(last.path("to").asString()).isEqualTo("CLOSED");
        assertThat(last.path("actorId").isNull()).as("closed by Resuelve itself").isTrue();
        assertThat(autoClose.closeUnansweredResolutions()).isZero();
    }

    private static String status(ApiClient api, long number) {
        return api.get("/api/v1/tickets/" + number).text("status");
    }
}
