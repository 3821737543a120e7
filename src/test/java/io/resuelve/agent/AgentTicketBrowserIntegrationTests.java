package io.resuelve.agent;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.resuelve.support.Axe;
import io.resuelve.support.Browser;
import io.resuelve.support.Fixtures;
import io.resuelve.support.Pages;
import io.resuelve.support.ResuelveIntegrationTest;
import io.resuelve.support.WebSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The agent's ticket view in a real browser (seeds 001 and 003): triage, a question to the customer, an internal
 * note that never reaches the customer, the customer's answer, resolution; return to requester; rejection; and a
 * restricted group's ticket that does not exist for an agent outside the group.
 */
@ResuelveIntegrationTest
@ExtendWith(Browser.class)
class AgentTicketBrowserIntegrationTests {

    private static final Locale ES = Locale.forLanguageTag("es");

    @LocalServerPort
    int port;

    @Autowired
    MessageSource messages;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void triageAskNoteCustomerAnswersResolve(WebDriver browser) {
        Fixtures fixtures = new Fixtures(port);
        Fixtures.Person customer = fixtures.customer("Carolina Rojas", fixtures.organisation("Andina", true));
        Fixtures.Person agent = fixtures.agent("Lucia Fernandez");
        long number = fixtures.ticket(customer, "No se cargan los pedidos");
        String marker = "SOLO-AGENTES-" + System.nanoTime();

        Pages pages = new Pages(browser, port).signIn(agent.email(), Fixtures.PASSWORD)
                .open("/agente/tickets/" + number);
        assertThat(Axe.seriousViolations(browser)).as("ticket view").isEmpty();
        assertThat(pages.find(By.id("reply-status")).getDomAttribute("aria-keyshortcuts")).isEqualTo("s");

        // Triage while a reply is being written: the sidebar saves by itself and the draft stays.
        pages.type("reply-body", "¿Qué versión de la aplicación usa en la ruta 1?");
        pages.choose("prop-type", "ERROR_INTERCAMBIO").choose("prop-priority", "HIGH")
                .choose("prop-assignee", Long.toString(agent.id())).click(By.id("properties-save"));
        pages.waitForText(By.cssSelector("#ticket-properties div.alert-success"), t("workspace.propertiesSaved"));
        pages.waitForText(By.id("ticket-status"), t("ticket.status.OPEN.agent"));
        assertThat(pages.find(By.id("reply-body")).getDomProperty("value"))
                .isEqualTo("¿Qué versión de la aplicación usa en la ruta 1?");

        assertThat(new org.openqa.selenium.support.ui.Select(pages.find(By.id("reply-status")))
                .getFirstSelectedOption().getDomAttribute("value")).isEqualTo("PENDING_CUSTOMER");
        pages.find(By.id("reply-files")).sendKeys(file("log-ruta1.txt") + "\n" + file("config-ruta1.txt"));
        pages.click(By.id("reply-send"));
        pages.waitForText(By.id("ticket-status"), t("ticket.status.PENDING_CUSTOMER.agent"));
        assertThat(pages.text(By.id("thread"))).contains("log-ruta1.txt", "config-ruta1.txt");

        // "n" starts an internal note, Ctrl+Enter sends it.
        pages.find(By.tagName("body")).sendKeys("n");
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(d -> "reply-body"
                .equals(d.switchTo().activeElement().getDomAttribute("id")));
        assertThat(pages.find(By.id("reply-internal")).isSelected()).isTrue();
        pages.find(By.id("reply-body")).sendKeys("Revisar el log del servidor " + marker);
        pages.find(By.id("reply-body")).sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
        pages.waitForText(By.cssSelector("div.alert-success"), t("workspace.noteAdded"));
        assertThat(pages.text(By.cssSelector("#thread .internal-note"))).contains(marker, t("workspace.internalNote"));
        assertThat(pages.find(By.id("ticket-status")).getText()).as("a note keeps the status")
                .isEqualTo(t("ticket.status.PENDING_CUSTOMER.agent"));

        pages.find(By.tagName("body")).sendKeys("?");
        new WebDriverWait(browser, Duration.ofSeconds(5))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("shortcuts-help")));
        assertThat(Axe.seriousViolations(browser)).as("shortcuts help").isEmpty();
        pages.find(By.id("shortcuts-help")).sendKeys(Keys.ESCAPE);
        new WebDriverWait(browser, Duration.ofSeconds(5))
                .until(ExpectedConditions.invisibilityOfElementLocated(By.id("shortcuts-help")));

        signOut(pages);
        pages.signIn(customer.email(), Fixtures.PASSWORD).open("/tickets/" + number);
        assertThat(pages.source()).contains("¿Qué versión de la aplicación usa en la ruta 1?").doesNotContain(marker);
        pages.type("mensaje", "Usamos la versión 4.2.1").click(By.id("send-reply"));
        pages.waitForText(By.id("ticket-status"), t("ticket.status.OPEN.customer"));
        assertThat(pages.source()).doesNotContain(marker);
        List<String> mails = jdbc.queryForList("select subject || ' ' || body_text || ' ' || body_html from outbox_mails",
                String.class);
        assertThat(mails).anyMatch(m -> m.contains("¿Qué versión de la aplicación usa en la ruta 1?"));
        assertThat(mails).noneMatch(m -> m.contains(marker));

        signOut(pages);
        pages.signIn(agent.email(), Fixtures.PASSWORD).open("/agente/tickets/" + number);
        assertThat(pages.source()).contains("Usamos la versión 4.2.1");
        pages.click(By.id("resolve"));
        pages.waitForText(By.id("ticket-status"), t("ticket.status.RESOLVED.agent"));
        pages.click(By.id("tab-history"));
        pages.waitForText(By.id("history"), t("ticket.status.RESOLVED.agent"));
        assertThat(pages.text(By.id("history"))).contains(t("workspace.field.priority"), t("ticket.priority.HIGH"));
    }

    @Test
    void returnToRequesterAndRejectReachTheCustomer(WebDriver browser) {
        Fixtures fixtures = new Fixtures(port);
        Fixtures.Person customer = fixtures.customer("Andres Perez", fixtures.organisation("Andina", true));
        Fixtures.Person agent = fixtures.agent("Martin Gomez");
        long incomplete = fixtures.ticket(customer, "¡URGENTE! Todo está roto");
        long unacceptable = fixtures.ticket(customer, "Hagan mi trabajo");

        Pages pages = new Pages(browser, port).signIn(agent.email(), Fixtures.PASSWORD)
                .open("/agente/tickets/" + incomplete);
        pages.find(By.tagName("body")).sendKeys("a");
        pages.waitForText(By.cssSelector("div.alert-success"), t("workspace.assignedToYou"));
        assertThat(new org.openqa.selenium.support.ui.Select(pages.find(By.id("prop-assignee")))
                .getFirstSelectedOption().getText()).isEqualTo("Martin Gomez");
        pages.find(By.tagName("body")).sendKeys("d");
        new WebDriverWait(browser, Duration.ofSeconds(5))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("return-dialog")));
        pages.click(By.id("missing-screenshots")).click(By.id("missing-steps"));
        assertThat(pages.text(By.id("return-preview"))).contains(t("ticket.missing.screenshots"),
                t("ticket.missing.steps"));
        assertThat(Axe.seriousViolations(browser)).as("return dialog").isEmpty();
        pages.click(By.id("return-send"));
        pages.waitForText(By.id("ticket-status"), t("ticket.status.PENDING_CUSTOMER.agent"));

        pages.open("/agente/tickets/" + unacceptable).click(By.id("open-reject"));
        new WebDriverWait(browser, Duration.ofSeconds(5))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("reject-dialog")));
        pages.type("reject-reason", "La solicitud no cumple las condiciones mínimas del servicio.")
                .click(By.id("reject-confirm")).click(By.id("reject-send"));
        pages.waitForText(By.id("ticket-status"), t("ticket.status.CLOSED.agent"));

        WebSession customerSession = WebSession.signedIn(port, customer.email(), Fixtures.PASSWORD);
        assertThat(customerSession.get("/tickets/" + incomplete).body()).contains(t("ticket.missing.screenshots"),
                t("ticket.missing.steps"), t("ticket.status.PENDING_CUSTOMER.customer"));
        assertThat(customerSession.get("/tickets/" + unacceptable).body())
                .contains("La solicitud no cumple las condiciones mínimas del servicio.");
    }

    @Test
    void aRestrictedGroupsTicketDoesNotExistForAnAgentOutsideTheGroup(WebDriver browser) {
        Fixtures fixtures = new Fixtures(port);
        Fixtures.Person customer = fixtures.customer("Ignacio Munoz", fixtures.organisation("Farmacias", false));
        Fixtures.Person agent = fixtures.agent("Sofia Ramirez");
        long number = fixtures.ticket(customer, "Factura duplicada");
        var group = fixtures.admin().post("/api/v1/groups", Map.of("name", "Facturación " + System.nanoTime(),
                "restricted", true));
        assertThat(fixtures.admin().patch("/api/v1/tickets/" + number, Map.of("groupId", group.number("id")))
                .status()).isEqualTo(200);

        Pages pages = new Pages(browser, port).signIn(agent.email(), Fixtures.PASSWORD)
                .open("/agente/tickets/" + number);
        assertThat(pages.text(By.tagName("h1"))).isEqualTo(t("error.page.notFound"));
        assertThat(pages.source()).doesNotContain("Factura duplicada");
    }

    private static String file(String name) {
        try {
            java.nio.file.Path file = java.nio.file.Files.createTempDirectory("resuelve-upload").resolve(name);
            java.nio.file.Files.writeString(file, "2026-03-02 09:00 ERROR 1102 intercambio ruta 1\n");
            return file.toString();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void signOut(Pages pages) {
        pages.click(By.cssSelector("header form[action='/logout'] button"));
        pages.waitForUrl("/login");
    }

    private String t(String key, Object... args) {
        return messages.getMessage(key, args, ES);
    }
}
