package io.resuelve.portal;

import static org.assertj.core.api.Assertions.assertThat;

import io.resuelve.support.Browser;
import io.resuelve.support.Fixtures;
import io.resuelve.support.Pages;
import io.resuelve.support.ResuelveIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Seed 000: colleagues of an organisation that shares tickets see its whole history, whoever filed; a member of
 * another organisation gets "not found".
 */
@ResuelveIntegrationTest
@ExtendWith(Browser.class)
class OrganisationVisibilityBrowserIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void colleaguesSeeTheOrganisationsTicketsAndOutsidersDoNot(WebDriver browser) {
        Fixtures fixtures = new Fixtures(port);
        Fixtures.Organisation andina = fixtures.organisation("Distribuidora Andina", true);
        Fixtures.Person carolina = fixtures.customer("Carolina Rojas", andina);
        Fixtures.Person andres = fixtures.customer("Andres Perez", andina);
        Fixtures.Person outsider = fixtures.customer("Ignacio Munoz", fixtures.organisation("Farmacias del Sur", true));
        long number = fixtures.ticket(carolina, "Los pedidos de la ruta 1 no se cargan");

        Pages pages = new Pages(browser, port).signIn(andres.email(), Fixtures.PASSWORD).open("/tickets");
        assertThat(pages.source()).doesNotContain("Los pedidos de la ruta 1 no se cargan");
        pages.click(By.linkText("Tickets de mi organización"));
        pages.waitForText(By.cssSelector("tr[data-ticket='" + number + "']"), "Los pedidos de la ruta 1");
        pages.click(By.linkText("Los pedidos de la ruta 1 no se cargan"));
        assertThat(pages.text(By.tagName("h1"))).isEqualTo("Los pedidos de la ruta 1 no se cargan");
        assertThat(pages.source()).contains("Carolina Rojas");

        pages.click(By.cssSelector("header form[action='/logout'] button"));
        pages.signIn(outsider.email(), Fixtures.PASSWORD).open("/tickets/" + number);
        assertThat(pages.text(By.tagName("h1"))).isEqualTo("Página no encontrada");
        assertThat(pages.source()).doesNotContain("Los pedidos de la ruta 1 no se cargan");
        pages.open("/tickets?vista=organizacion");
        assertThat(pages.source()).doesNotContain("Los pedidos de la ruta 1 no se cargan");
    }
}
