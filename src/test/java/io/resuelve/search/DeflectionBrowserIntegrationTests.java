package io.resuelve.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.resuelve.support.Axe;
import io.resuelve.support.Browser;
import io.resuelve.support.Fixtures;
import io.resuelve.support.Pages;
import io.resuelve.support.ResuelveIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * In a real browser: typing the subject of a new ticket shows matching articles beside the form; opening one and
 * leaving the form without sending it records a deflection, sending the ticket does not.
 */
@ResuelveIntegrationTest
@ExtendWith(Browser.class)
class DeflectionBrowserIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Reindexing reindexing;

    @Test
    void suggestionsAppearWhileTypingAndLeavingAfterReadingOneIsADeflection(WebDriver browser)
            throws InterruptedException {
        Fixtures fixtures = new Fixtures(port);
        String word = "peridoto" + System.nanoTime() % 100000;
        long article = new KbRows(jdbc, "CO", null).article("SELF_HELP", "PUBLIC", true,
                "Restablecer la contraseña del portal " + word, "Use **Olvidé mi contraseña** en el inicio.",
                List.of());
        assertThat(reindexing.runAndWait().state()).isEqualTo(Reindexing.State.DONE);
        Fixtures.Person customer = fixtures.customer("Pia Cliente", null);

        Pages pages = new Pages(browser, port);
        pages.signIn(customer.email(), Fixtures.PASSWORD);
        pages.open("/tickets/nuevo?tipo=CONSULTA");
        assertThat(pages.text(By.id("deflection-title"))).isEqualTo("Quizás esto le ayude");
        pages.type("subject", "No recuerdo mi contrasena " + word);
        pages.waitForTextWithin(By.id("deflection-suggestions"), "Restablecer la contraseña del portal " + word,
                Duration.ofSeconds(10));
        assertThat(Axe.seriousViolations(browser)).isEmpty();

        pages.click(By.cssSelector("#deflection-list a[data-article-id='" + article + "']"));
        // the article opened in another tab; the customer closes the form's tab without sending the ticket
        List<String> tabs = List.copyOf(browser.getWindowHandles());
        String form = browser.getWindowHandle();
        browser.switchTo().window(form);
        browser.get("about:blank");
        assertThat(tabs).hasSizeGreaterThanOrEqualTo(1);

        Instant deadline = Instant.now().plusSeconds(10);
        long deflections = 0;
        while (deflections == 0 && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
            deflections = jdbc.sql("select count(*) from search_deflections where article_id = ? and user_id = ?")
                    .params(article, customer.id()).query(Long.class).single();
        }
        assertThat(deflections).isEqualTo(1);
    }
}
