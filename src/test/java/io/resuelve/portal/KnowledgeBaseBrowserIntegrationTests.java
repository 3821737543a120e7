package io.resuelve.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.resuelve.accounts.Actor;
import io.resuelve.kb.KbStructure;
import io.resuelve.support.ApiClient;
import io.resuelve.support.Axe;
import io.resuelve.support.Browser;
import io.resuelve.support.Fixtures;
import io.resuelve.support.Pages;
import io.resuelve.support.ResuelveIntegrationTest;
import io.resuelve.support.WebSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chromium.ChromiumDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Seeds 000 and 002 in a real browser: the home page's knowledge base by country → a folder → an article →
 * "¿Le fue útil este artículo?" No with a comment → "Guardar artículo" → listed in "Mis artículos guardados";
 * and the article printed without the navigation, buttons and feedback box.
 */
@ResuelveIntegrationTest
@ExtendWith(Browser.class)
class KnowledgeBaseBrowserIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    KbStructure structure;

    @Test
    void customerReadsRatesCommentsAndSavesAnArticle(WebDriver browser) {
        Fixtures fixtures = new Fixtures(port);
        Fixtures.Person agentPerson = fixtures.agent("Lucia Autora");
        ApiClient agent = fixtures.as(agentPerson);
        long collection = structure.createCollection("Colombia " + System.nanoTime(), "CO", 0, Actor.system());
        long folder = structure.createFolder(collection, "Ruta Móvil", null, 0, Actor.system());
        String title = "Ruta Móvil muestra error 401 " + System.nanoTime();
        long id = agent.post("/api/v1/articles", Map.of("title", title, "body", """
                ## Solución rápida

                1. Cierre la sesión.
                2. Inicie sesión de nuevo.
                """, "kind", "SELF_HELP", "folderId", folder, "published", true)).number("id");
        agent.post("/api/v1/articles", Map.of("title", "Cómo sincronizar pedidos", "body", "Sincronice.",
                "kind", "HOW_TO", "folderId", folder, "published", true));
        Fixtures.Person customer = fixtures.customer("Carolina Rojas", fixtures.organisation("Andina", true));

        Pages pages = new Pages(browser, port).signIn(customer.email(), Fixtures.PASSWORD).open("/");
        pages.click(By.linkText("Ruta Móvil")).waitForUrl("/ayuda/carpetas/" + folder);
        pages.click(By.linkText(title)).waitForUrl("/ayuda/articulos/" + id);
        assertThat(pages.text(By.id("article-title"))).isEqualTo(title);
        assertThat(pages.text(By.id("article-body"))).contains("Solución rápida", "Cierre la sesión.");
        assertThat(pages.text(By.id("same-folder"))).contains("Cómo sincronizar pedidos");
        assertThat(Axe.seriousViolations(browser)).as("accessibility of the article page").isEmpty();

        pages.click(By.id("feedback-no")).waitForText(By.id("article-feedback"),
                "¡Sentimos mucho no haber sido de ayuda!");
        pages.type("feedback-comment", "Falta explicar qué hacer si el usuario está bloqueado.")
                .click(By.id("feedback-send"))
                .waitForText(By.id("article-feedback"), "Comentarios enviados")
                .waitForText(By.id("article-feedback"),
                        "Agradecemos su iniciativa, e intentaremos corregir el artículo");

        pages.click(By.id("save-article")).find(By.id("unsave-article"));
        pages.click(By.id("nav-saved-articles")).waitForUrl("/articulos-guardados");
        assertThat(pages.text(By.tagName("h1"))).isEqualTo("Mis artículos guardados");
        assertThat(pages.text(By.id("saved-articles"))).contains(title);

        String comments = WebSession.signedIn(port, agentPerson.email(), Fixtures.PASSWORD)
                .get("/agente/base-conocimiento/" + id + "/comentarios").body();
        assertThat(comments).contains("Falta explicar qué hacer si el usuario está bloqueado.",
                "id=\"tally-no\">1<");
    }

    @Test
    void thePrintedArticleHasNoNavigationChrome(WebDriver browser) {
        Fixtures fixtures = new Fixtures(port);
        ApiClient agent = fixtures.as(fixtures.agent("Autor Impresion"));
        long id = agent.post("/api/v1/articles", Map.of("title", "Facturación electrónica DIAN", "body",
                "Resolución de numeración vigente.", "kind", "REGULATORY", "published", true)).number("id");
        Pages pages = new Pages(browser, port).open("/ayuda/articulos/" + id);
        assertThat(pages.find(By.id("print-article")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.tagName("header")).isDisplayed()).isTrue();

        ((ChromiumDriver) browser).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        new WebDriverWait(browser, Duration.ofSeconds(5))
                .until(ExpectedConditions.invisibilityOfElementLocated(By.id("print-article")));
        for (String selector : List.of("header", "footer", "nav.navbar", ".breadcrumb", "#article-feedback",
                "aside", "#print-article")) {
            assertThat(browser.findElement(By.cssSelector(selector)).isDisplayed()).as(selector).isFalse();
        }
        assertThat(browser.findElement(By.id("article-title")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.id("article-body")).getText()).contains("Resolución de numeración vigente.");
        assertThat(browser.findElement(By.id("article-updated")).isDisplayed()).isTrue();
    }
}
