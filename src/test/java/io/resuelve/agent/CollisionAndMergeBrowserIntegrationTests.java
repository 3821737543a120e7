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
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Two agents on one ticket in two browsers: each sees the other, sees them writing, and the one who sends second is
 * warned and shown the new message first. And merging a duplicate from the ticket view, to the end.
 */
@ResuelveIntegrationTest
@ExtendWith(Browser.class)
class CollisionAndMergeBrowserIntegrationTests {

    private static final Duration PRESENCE = Duration.ofSeconds(25);

    @LocalServerPort
    int port;

    @Test
    void twoAgentsOnOneTicketSeeEachOtherAndTheLaterReplyIsHeldBack(WebDriver lucia, WebDriver mateo) {
        Fixtures fixtures = new Fixtures(port);
        Fixtures.Person customer = fixtures.customer("Carolina Rojas", null);
        Fixtures.Person first = fixtures.agent("Lucia Fernandez");
        Fixtures.Person second = fixtures.agent("Mateo Ruiz");
        long number = fixtures.ticket(customer, "La sincronización falla en la ruta 3");

        Pages luciaPages = new Pages(lucia, port).signIn(first.email(), Fixtures.PASSWORD)
                .open("/agente/tickets/" + number);
        Pages mateoPages = new Pages(mateo, port).signIn(second.email(), Fixtures.PASSWORD)
                .open("/agente/tickets/" + number);

        // Each sees the other within a heartbeat or two; Mateo sees Lucía start writing.
        mateoPages.waitForTextWithin(By.id("ticket-presence"), "Lucia Fernandez", PRESENCE);
        luciaPages.waitForTextWithin(By.id("ticket-presence"), "Mateo Ruiz", PRESENCE);
        luciaPages.type("reply-body", "Estoy revisando los registros de la ruta 3.");
        mateoPages.waitForTextWithin(By.id("ticket-presence"), "Lucia Fernandez está escribiendo una respuesta",
                PRESENCE);
        assertThat(Axe.seriousViolations(mateo)).as("ticket view with presence").isEmpty();

        // Mateo answers first; Lucía's page learns of it, and her send is held back with his message shown first.
        mateoPages.type("reply-body", "Ya lo tengo yo, Carolina: reinicie la sincronización desde el menú.");
        mateoPages.click(By.id("reply-send"));
        mateoPages.waitForText(By.cssSelector("div.alert-success"), "");
        luciaPages.waitForTextWithin(By.id("ticket-presence"), "Alguien más escribió un mensaje", PRESENCE);
        luciaPages.click(By.id("reply-send"));
        luciaPages.waitForText(By.id("collision-warning"), "Mateo Ruiz");
        assertThat(luciaPages.text(By.id("collision-warning"))).contains("reinicie la sincronización");
        assertThat(luciaPages.find(By.id("reply-body")).getDomProperty("value"))
                .as("her draft is kept").isEqualTo("Estoy revisando los registros de la ruta 3.");
        var messages = fixtures.admin().get("/api/v1/tickets/" + number + "/messages").json();
        assertThat(messages).as("only Mateo's reply went out").hasSize(1);

        // She sends it anyway, knowingly.
        luciaPages.click(By.id("reply-send"));
        luciaPages.waitForText(By.cssSelector("div.alert-success"), "");
        assertThat(fixtures.admin().get("/api/v1/tickets/" + number + "/messages").json()).hasSize(2);
    }

    @Test
    void anAgentMergesADuplicateFromTheTicketView(WebDriver browser) {
        Fixtures fixtures = new Fixtures(port);
        Fixtures.Person customer = fixtures.customer("Pedro Vega", null);
        Fixtures.Person agent = fixtures.agent("Sofia Mendez");
        long original = fixtures.ticket(customer, "No imprime la factura electrónica");
        long duplicate = fixtures.ticket(customer, "Factura electrónica no imprime (otra vez)");

        Pages pages = new Pages(browser, port).signIn(agent.email(), Fixtures.PASSWORD)
                .open("/agente/tickets/" + duplicate);
        pages.click(By.id("merge-link"));
        pages.waitForUrl("/fusionar");
        assertThat(Axe.seriousViolations(browser)).as("merge page").isEmpty();
        pages.click(By.cssSelector("button[aria-label$='#" + original + "']"));
        pages.waitForText(By.tagName("h1"), "#" + duplicate + " en #" + original);
        assertThat(Axe.seriousViolations(browser)).as("merge confirmation").isEmpty();
        pages.click(By.id("merge-confirm"));

        pages.waitForUrl("/agente/tickets/" + original);
        pages.waitForText(By.id("thread"), "Factura electrónica no imprime");
        assertThat(pages.text(By.id("thread"))).contains("#" + duplicate);
        pages.open("/agente/tickets/" + duplicate);
        assertThat(pages.text(By.id("merged-banner"))).contains("#" + original);
        assertThat(browser.findElements(By.id("merge-link"))).as("a closed ticket merges no more").isEmpty();
    }
}
