package io.resuelve.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;

import io.resuelve.support.Fixtures;
import io.resuelve.support.ResuelveIntegrationTest;
import io.resuelve.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The same ticket, seen by people in two time zones and languages, shows each their own local time. */
@ResuelveIntegrationTest
class DatesInViewerZoneIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void ticketTimesFollowTheViewersZoneAndLanguage() {
        Fixtures fixtures = new Fixtures(port);
        Fixtures.Organisation org = fixtures.organisation("Zonas", true);
        Fixtures.Person bogota = fixtures.customer("Persona Bogota", org);
        Fixtures.Person madrid = fixtures.customer("Person Madrid", org);
        long number = fixtures.ticket(bogota, "Pedidos de la ruta 2");
        Instant created = Instant.parse(fixtures.as(bogota).get("/api/v1/tickets/" + number).text("createdAt"));

        WebSession madridSession = WebSession.signedIn(port, madrid.email(), Fixtures.PASSWORD);
        var saved = madridSession.post("/perfil", Map.of("name", "Person Madrid", "jobTitle", "", "phone", "",
                "language", "EN", "timeZone", "Europe/Madrid"));
        assertThat(saved.status()).as(saved.toString()).isEqualTo(302);

        String inBogota = WebSession.signedIn(port, bogota.email(), Fixtures.PASSWORD).get("/tickets/" + number).body();
        String inMadrid = madridSession.get("/tickets/" + number).body();
        assertThat(inBogota).contains(format(created, "America/Bogota", "es"));
        assertThat(inMadrid).contains(format(created, "Europe/Madrid", "en"));
        assertThat(format(created, "America/Bogota", "es")).isNotEqualTo(format(created, "Europe/Madrid", "es"));
    }

    private static String format(Instant instant, String zone, String language) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(Locale.forLanguageTag(language)).withZone(ZoneId.of(zone)).format(instant);
    }
}
