package io.resuelve.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
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
 * In a real browser: an agent writing an article finds the articles to relate by searching as they type, adds one
 * with a button, and the saved article lists it as related.
 */
@ResuelveIntegrationTest
@ExtendWith(Browser.class)
class RelatedArticlePickerBrowserIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Reindexing reindexing;

    @Test
    void anAgentFindsAnArticleToRelateByTypingAndAddsIt(WebDriver browser) {
        String word = "turmalina" + System.nanoTime() % 100000;
        KbRows kb = new KbRows(jdbc, "CO", null);
        long invoices = kb.article("HOW_TO", "PUBLIC", true, "Cómo imprimir facturas " + word,
                "Abra **Facturas** y elija Imprimir.", List.of());
        long printer = kb.article("SELF_HELP", "PUBLIC", true, "Configurar la impresora térmica " + word,
                "Conecte la impresora por Bluetooth.", List.of());
        assertThat(reindexing.runAndWait().state()).isEqualTo(Reindexing.State.DONE);

        Pages pages = new Pages(browser, port);
        pages.signIn(Fixtures.ADMIN_EMAIL, Fixtures.ADMIN_PASSWORD);
        pages.open("/agente/base-conocimiento/" + invoices);
        pages.type("related-search", "impresora " + word);
        pages.waitForTextWithin(By.id("related-results"), "Configurar la impresora térmica " + word,
                Duration.ofSeconds(10));
        assertThat(pages.text(By.id("related-results"))).as("the article itself is not offered")
                .doesNotContain("Cómo imprimir facturas");
        assertThat(Axe.seriousViolations(browser)).isEmpty();

        pages.click(By.cssSelector("#related-results button"));
        assertThat(browser.findElement(By.id("article-related")).getDomProperty("value"))
                .isEqualTo(String.valueOf(printer));
        pages.click(By.id("save-article-form"));

        pages.waitForTextWithin(By.tagName("body"), word, Duration.ofSeconds(10));
        assertThat(jdbc.sql("select related_id from kb_article_related where article_id = ? order by position")
                .param(invoices).query(Long.class).list()).containsExactly(printer);
    }
}
