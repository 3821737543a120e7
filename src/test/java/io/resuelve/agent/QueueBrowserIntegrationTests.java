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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An agent's morning in the queue, in a real browser: counts, two tickets taken in one bulk action, "Mis tickets"
 * counts them, a live refresh brings a new ticket without losing the rows the agent had checked, and the page
 * passes Axe.
 */
@ResuelveIntegrationTest
@ExtendWith(Browser.class)
class QueueBrowserIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void agentTakesTwoTicketsAndKeepsTheSelectionThroughALiveRefresh(WebDriver browser) {
        Fixtures fixtures = new Fixtures(port);
        Fixtures.Person customer = fixtures.customer("Rosa Ruiz", fixtures.organisation("Ferretería Ruiz", false));
        Fixtures.Person ana = fixtures.agent("Ana Navegador");
        String marker = "nav" + System.nanoTime();
        long first = fixtures.ticket(customer, marker + " pedidos de la ruta 1");
        long second = fixtures.ticket(customer, marker + " error 1102 al intercambiar");
        long third = fixtures.ticket(customer, marker + " notas en salidas");

        Pages pages = new Pages(browser, port).signIn(ana.email(), Fixtures.PASSWORD);
        pages.open("/agente?vista=sin-asignar&q=" + marker);
        assertThat(pages.text(By.cssSelector("[data-count='mis-tickets']"))).isEqualTo("0");
        // The view's count covers every unassigned ticket (other tests' too); the filter narrows the rows.
        long unassigned = Long.parseLong(pages.text(By.id("queue-count")));
        assertThat(browser.findElements(By.cssSelector("#queue-rows tr.queue-row"))).hasSize(3);
        assertThat(Axe.seriousViolations(browser)).isEmpty();

        pages.click(By.id("sel-" + first)).click(By.id("sel-" + second));
        pages.click(By.cssSelector("#bulk-actions summary"));
        pages.waitForText(By.id("bulk-selected"), "2 tickets seleccionados");
        pages.choose("b-asignado", "yo").click(By.id("bulk-apply"));
        pages.waitForText(By.cssSelector(".alert-success"), "2 actualizados");
        assertThat(pages.text(By.cssSelector("[data-count='mis-tickets']"))).isEqualTo("2");
        assertThat(pages.text(By.id("queue-count"))).isEqualTo(Long.toString(unassigned - 2));
        assertThat(browser.findElements(By.cssSelector("#queue-rows tr.queue-row"))).hasSize(1);
        assertThat(browser.findElements(By.id("sel-" + first))).isEmpty();

        pages.open("/agente?vista=abiertos&q=" + marker);
        pages.click(By.id("sel-" + first)).click(By.id("sel-" + third));
        long abiertos = Long.parseLong(pages.text(By.cssSelector("[data-count='abiertos']")));
        long fourth = fixtures.ticket(customer, marker + " llegó mientras trabajaba");
        ((JavascriptExecutor) browser).executeScript("htmx.trigger('#queue-poller', 'refresh');");
        pages.find(By.id("sel-" + fourth));
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.findElement(
                By.cssSelector("[data-count='abiertos']")).getText().equals(Long.toString(abiertos + 1)));
        assertThat(pages.find(By.id("sel-" + first)).isSelected()).isTrue();
        assertThat(pages.find(By.id("sel-" + third)).isSelected()).isTrue();
        assertThat(pages.find(By.id("sel-" + second)).isSelected()).isFalse();
        assertThat(pages.find(By.id("sel-" + fourth)).isSelected()).isFalse();

        // Keyboard: j moves the cursor to a row, x checks it.
        ((JavascriptExecutor) browser).executeScript("document.activeElement.blur();");
        new Actions(browser).sendKeys("j").perform();
        String current = pages.find(By.cssSelector("#queue-rows tr.queue-current")).getDomAttribute("data-number");
        boolean wasSelected = pages.find(By.id("sel-" + current)).isSelected();
        new Actions(browser).sendKeys("x").perform();
        assertThat(pages.find(By.id("sel-" + current)).isSelected()).isEqualTo(!wasSelected);
        assertThat(Axe.seriousViolations(browser)).isEmpty();
    }
}
