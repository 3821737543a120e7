package io.resuelve.agent;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An HTML mail in the agent's ticket view: text first, "Ver como HTML" shows the sanitized HTML, and its remote
 * image gets a {@code src} only after "Mostrar imágenes remotas".
 */
@ResuelveIntegrationTest
@ExtendWith(Browser.class)
class MailHtmlBrowserIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void textFirstThenHtmlThenRemoteImagesOnRequest(WebDriver browser) {
        Fixtures fixtures = new Fixtures(port);
        Fixtures.Person customer = fixtures.customer("Diego Mora", null);
        Fixtures.Person agent = fixtures.agent("Marcos Soporte");
        long number = fixtures.ticket(customer, "Logo roto en la factura");
        String raw = "From: Diego Mora <" + customer.email() + ">\r\nTo: soporte@resuelve.local\r\n"
                + "Subject: Re: [#" + number + "] Logo roto\r\nMessage-ID: <" + System.nanoTime() + "@x.example>\r\n"
                + "MIME-Version: 1.0\r\nContent-Type: multipart/alternative; boundary=\"b1\"\r\n\r\n--b1\r\n"
                + "Content-Type: text/plain; charset=UTF-8\r\n\r\nVea la captura adjunta.\r\n--b1\r\n"
                + "Content-Type: text/html; charset=UTF-8\r\n\r\n<p>Vea la <b id=\"bold-part\">captura</b></p>"
                + "<img id=\"remote-img\" src=\"https://rastreo.example/pixel.png\" alt=\"captura\">\r\n--b1--\r\n";
        assertThat(fixtures.admin().send("POST", "/api/v1/inbound-mail", "message/rfc822",
                raw.getBytes(StandardCharsets.UTF_8)).status()).isEqualTo(202);

        Pages pages = new Pages(browser, port).signIn(agent.email(), Fixtures.PASSWORD)
                .open("/agente/tickets/" + number);
        WebElement toggle = pages.find(By.cssSelector(".mail-html-toggle"));
        WebElement html = pages.find(By.cssSelector(".mail-html"));
        assertThat(html.isDisplayed()).isFalse();
        assertThat(toggle.getText()).isEqualTo("Ver como HTML");

        toggle.click();
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(d -> html.isDisplayed());
        assertThat(toggle.getText()).isEqualTo("Ver como texto");
        assertThat(toggle.getDomAttribute("aria-expanded")).isEqualTo("true");
        assertThat(html.findElement(By.tagName("b")).getText()).isEqualTo("captura");
        WebElement image = html.findElement(By.tagName("img"));
        assertThat(image.getDomAttribute("src")).isNull();
        assertThat(Axe.seriousViolations(browser)).as("ticket view with HTML shown").isEmpty();

        pages.click(By.cssSelector(".mail-remote-images"));
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(d -> image.getDomAttribute("src") != null);
        assertThat(image.getDomAttribute("src")).isEqualTo("https://rastreo.example/pixel.png");
        assertThat(image.getDomAttribute("data-remote-src")).isNull();
    }
}
