package io.resuelve.agent;

import static org.assertj.core.api.Assertions.assertThat;


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
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The macro picker and {@code macros.js} in a real browser, inside a stand-in for the ticket view that offers the
 * agreed elements ({@code #reply-form}, {@code #reply-body}, {@code #reply-status}, {@code #ticket-properties}
 * reloading on "ticket-changed"): searching, applying, the reply filled in or appended, the status selected.
 */
@ResuelveIntegrationTest
@ExtendWith(Browser.class)
@Import(MacroPickerBrowserIntegrationTests.TicketViewStandIn.class)
class MacroPickerBrowserIntegrationTests {

    @LocalServerPort
    int port;

    @TestConfiguration
    @Controller
    static class TicketViewStandIn {

        @GetMapping("/prueba/tickets/{number}")
        String ticket(@PathVariable long number, @RequestParam(defaultValue = "") String draft, Model model) {
            model.addAttribute("number", number);
            model.addAttribute("draft", draft);
            return "test/macro-picker-host";
        }
    }

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

        pages.open("/prueba/tickets/" + number);
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
        pages.waitForText(By.id("ticket-properties"), "sin leer");
        assertThat(agentApi.get("/api/v1/tickets/" + number).text("priority")).isEqualTo("HIGH");

        pages.open("/prueba/tickets/" + number + "?draft=" + "Buenos%20d%C3%ADas.");
        new Select(pages.find(By.id("macro-select"))).selectByVisibleText("Otra respuesta");
        pages.click(By.id("macro-apply")).waitForText(By.id("macro-status"), "aplicada");
        assertThat(pages.find(By.id("reply-body")).getDomProperty("value")).isEqualTo("Buenos días.\n\nGracias.");
        assertThat(pages.text(By.id("ticket-properties"))).as("no fields changed").isEqualTo("sin recargar");
    }
}
