package io.resuelve.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import io.resuelve.support.Browser;
import io.resuelve.support.Fixtures;
import io.resuelve.support.ResuelveIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The portal's home page and the form sign-in (with its CSRF token and session cookie) in a real Chromium. */
@ResuelveIntegrationTest
@ExtendWith(Browser.class)
class StartPageBrowserIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void startPageShowsHowToReachSupportAndTheApiDocumentationStillLoads(WebDriver browser) {
        browser.get("http://localhost:" + port + "/?lang=es"); // headless Chromium asks for English
        assertThat(browser.getTitle()).isEqualTo("Centro de ayuda");
        assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("es");
        assertThat(browser.findElement(By.id("contact-heading")).getText()).isEqualTo("¿Cómo contactarnos?");
        browser.get("http://localhost:" + port + "/swagger-ui.html");
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".swagger-ui")));
        assertThat(browser.getTitle()).containsIgnoringCase("Swagger");
    }

    @Test
    void aCustomerSignsInWithTheFormAndOut(WebDriver browser) {
        Fixtures fixtures = new Fixtures(port);
        Fixtures.Person customer = fixtures.customer("Carolina Rojas", fixtures.organisation("Andina", true));
        browser.get("http://localhost:" + port + "/login");
        browser.findElement(By.id("username")).sendKeys(customer.email());
        browser.findElement(By.id("password")).sendKeys(Fixtures.PASSWORD);
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.titleIs("Centro de ayuda"));
        assertThat(browser.manage().getCookieNamed("SESSION")).isNotNull();
        assertThat(browser.manage().getCookieNamed("SESSION").isHttpOnly()).isTrue();

        browser.get("http://localhost:" + port + "/logout");
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/login?logout"));
    }
}
