package io.resuelve.agent;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;


import io.resuelve.support.ApiClient;
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
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The macro picker and {@code macros.js} in a real browser, on the agent's ticket view: searching, applying (the
 * fields change at once and the sidebar reloads), the reply filled in or appended, the status selected.
 */
@ResuelveIntegrationTest
@ExtendWith(Browser.class)
class MacroPickerBrowserIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void anAgentSearchesAppliesAndReviewsTheReply(WebDriver browser) {
        browser.manage().window().setSize(new Dimension(1280, 900));
        Fixtures fixtures = new Fixtures(port);
        Fixtures.Person agent = fixtures.agent("Sofia Ramirez");
        Fixtures.Person customer = fixtures.customer("Valentina Soto", null);
        long number = fixtures.ticket(customer, "No puedo descargar el reporte de ventas");
        ApiClient agentApi = fixtures.as(agent);
        assertThat(agentApi.get("/api/v1/tickets/" + number).text("priority")).isEqualTo("NORMAL");
        Pages pages = new Pages(browser, port).signIn(agent.email(), Fixtures.PASSWORD).open("/agente/macros/nueva");
        pages.type("name", "Pedir capturas del reporte").type("body",
                "Hola, {{requester.first_name}}: ¿puede enviarnos una captura del ticket #{{ticket.number}}?");
        pages.choose("status", "PENDING_CUSTOMER").choose("priority", "HIGH");
        pages.click(By.cssSelector("#macro-form button[type=submit]")).waitForUrl("/agente/macros");
        pages.open("/agente/macros/nueva").type("name", "Otra respuesta").type("body", "Gracias.");
        pages.click(By.cssSelector("#macro-form button[type=submit]")).waitForUrl("/agente/macros");

        pages.open("/agente/tickets/" + number);
        assertThat(Axe.seriousViolations(browser)).isEmpty();
        pages.type("macro-filter", "captur");
        assertThat(new Select(pages.find(By.id("macro-select"))).getFirstSelectedOption().getText())
                .isEqualTo("Pedir capturas del reporte");
        pages.click(By.id("macro-apply"));

        pages.waitForText(By.id("macro-status"), "aplicada");
        assertThat(pages.find(By.id("reply-body")).getDomProperty("value"))
                .isEqualTo("Hola, Valentina: ¿puede enviarnos una captura del ticket #" + number + "?");
        assertThat(new Select(pages.find(By.id("reply-status"))).getFirstSelectedOption().getDomAttribute("value"))
                .isEqualTo("PENDING_CUSTOMER");
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> "HIGH".equals(new Select(
                d.findElement(By.id("prop-priority"))).getFirstSelectedOption().getDomAttribute("value")));
        assertThat(agentApi.get("/api/v1/tickets/" + number).text("priority")).isEqualTo("HIGH");

        pages.open("/agente/tickets/" + number);
        pages.type("reply-body", "Buenos días.");
        new Select(pages.find(By.id("macro-select"))).selectByVisibleText("Otra respuesta");
        pages.click(By.id("macro-apply")).waitForText(By.id("macro-status"), "aplicada");
        assertThat(pages.find(By.id("reply-body")).getDomProperty("value")).isEqualTo("Buenos días.\n\nGracias.");
    }
}
