package io.resuelve.agent;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import io.resuelve.support.Axe;
import io.resuelve.support.Browser;
import io.resuelve.support.Fixtures;
import io.resuelve.support.Pages;
import io.resuelve.support.ResuelveIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An agent in a real browser: the bell shows the unread count, its menu lists the notification and following it
 * leads to the ticket and clears the badge; a macro is written with the live preview and listed.
 */
@ResuelveIntegrationTest
@ExtendWith(Browser.class)
class MacrosAndNotificationsBrowserIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void theBellShowsTheUnreadNotificationAndLeadsToTheTicket(WebDriver browser) {
        browser.manage().window().setSize(new Dimension(1280, 900));
        Fixtures fixtures = new Fixtures(port);
        Fixtures.Person agent = fixtures.agent("Lucia Fernandez");
        Fixtures.Person customer = fixtures.customer("Ignacio Munoz", fixtures.organisation("Farmacias del Sur", false));
        long number = fixtures.ticket(customer, "La impresora fiscal no emite boletas");
        Pages pages = new Pages(browser, port).signIn(agent.email(), Fixtures.PASSWORD).open("/agente/macros");

        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        wait.until(d -> {
            d.navigate().refresh();
            return !d.findElements(By.id("bell-badge")).isEmpty();
        });
        assertThat(pages.text(By.id("bell-badge"))).isEqualTo("1");
        assertThat(pages.find(By.id("bell-button")).getAccessibleName()).contains("Notificaciones", "1 sin leer");

        pages.click(By.id("bell-button"));
        WebDriverWait menu = new WebDriverWait(browser, Duration.ofSeconds(10));
        menu.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#bell-menu .notification-link")));
        assertThat(pages.text(By.cssSelector("#bell-menu .notification-link")))
                .contains("Nuevo ticket de Ignacio Munoz", "#" + number, "La impresora fiscal no emite boletas");
        assertThat(Axe.seriousViolations(browser)).isEmpty();

        pages.click(By.cssSelector("#bell-menu .notification-link")).waitForUrl("/agente/tickets/" + number);

        pages.open("/agente/notificaciones");
        assertThat(browser.findElements(By.id("bell-badge"))).as("nothing unread any more").isEmpty();
        assertThat(pages.text(By.id("notification-list"))).contains("La impresora fiscal no emite boletas")
                .doesNotContain("Nueva");
        assertThat(Axe.seriousViolations(browser)).isEmpty();
        pages.open("/agente/notificaciones/preferencias");
        assertThat(pages.find(By.id("respuestasCorreo")).isSelected()).isTrue();
        assertThat(pages.find(By.id("gruposCorreo")).isSelected()).isFalse();
        assertThat(Axe.seriousViolations(browser)).isEmpty();
        pages.open("/agente/notificaciones");

        fixtures.ticket(customer, "No se imprimen las guías de despacho");
        fixtures.ticket(customer, "Error al cerrar la caja");
        wait.until(d -> {
            d.navigate().refresh();
            return !d.findElements(By.id("bell-badge")).isEmpty() && d.findElement(By.id("bell-badge")).getText()
                    .equals("2");
        });
        pages.click(By.id("bell-button")).click(By.id("bell-mark-all"));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("bell-badge")));
        assertThat(pages.find(By.id("bell-button")).getAccessibleName()).contains("0 sin leer");
        assertThat(pages.find(By.id("bell-menu")).getText()).contains("Error al cerrar la caja")
                .doesNotContain("Marcar todas como leídas").contains("Ver todas");
    }

    @Test
    void anAgentWritesAMacroWithALivePreview(WebDriver browser) {
        browser.manage().window().setSize(new Dimension(1280, 900));
        Fixtures fixtures = new Fixtures(port);
        Fixtures.Person agent = fixtures.agent("Martin Gomez");
        Pages pages = new Pages(browser, port).signIn(agent.email(), Fixtures.PASSWORD).open("/agente/macros");
        assertThat(Axe.seriousViolations(browser)).isEmpty();

        pages.click(By.linkText("Nueva macro")).waitForUrl("/agente/macros/nueva");
        pages.type("name", "Pedir número de pedido").type("body", "Hola ");
        pages.click(By.cssSelector("button[data-placeholder='requester.first_name']"));
        pages.find(By.id("body")).sendKeys(", ¿nos indica el número de pedido? {{firma}}");
        pages.waitForText(By.id("macro-preview"), "Hola María, ¿nos indica el número de pedido? {{firma}}")
                .waitForText(By.id("macro-preview"), "Marcadores desconocidos: {{firma}}");
        assertThat(Axe.seriousViolations(browser)).isEmpty();

        pages.click(By.cssSelector("#macro-form button[type=submit]"));
        pages.waitForText(By.id("form-error"), "marcadores que no existen: {{firma}}");
        pages.type("body", "Hola {{requester.first_name}}, ¿nos indica el número de pedido?");
        pages.choose("status", "PENDING_CUSTOMER");
        pages.click(By.cssSelector("#macro-form button[type=submit]")).waitForUrl("/agente/macros");

        assertThat(pages.text(By.id("macro-list"))).contains("Pedir número de pedido", "Solo usted",
                "Deja la respuesta en «Preguntas al cliente»");
    }
}
