package io.resuelve.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.resuelve.support.ApiClient;
import io.resuelve.support.Browser;
import io.resuelve.support.Fixtures;
import io.resuelve.support.Pages;
import io.resuelve.support.ResuelveIntegrationTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The customer side of seeds 000, 001 and 002 in a real browser, with the mail read from a real SMTP server:
 * sign up → verification mail → password → ticket with an attachment → it is in the list → the agent asks →
 * "Esperando tu respuesta" → reply → resolved → "No del todo" with a comment → reopened → resolved → "Sí" →
 * closed and no longer closable. Once in Spanish and once in English.
 */
@ResuelveIntegrationTest
@ExtendWith(Browser.class)
class CustomerJourneyBrowserIntegrationTests {

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "localhost");
        registry.add("spring.mail.port", () -> mail.getSmtp().getPort());
        registry.add("resuelve.mail.send-interval", () -> "200ms");
    }

    private static final Pattern VERIFY_LINK = Pattern.compile("https?://[^\\s\"<>]+/registro/verificar\\?token=[A-Za-z0-9_-]+");

    @LocalServerPort
    int port;

    @Autowired
    MessageSource messages;

    @ParameterizedTest(name = "in {0}")
    @ValueSource(strings = { "es", "en" })
    void customerFilesFollowsAndConfirmsATicket(String language, WebDriver browser) throws Exception {
        Locale locale = Locale.forLanguageTag(language);
        Fixtures fixtures = new Fixtures(port);
        Fixtures.Organisation org = fixtures.organisation("Distribuidora Andina " + language, true);
        ApiClient agent = fixtures.as(fixtures.agent("Lucia Fernandez"));
        String email = "carolina." + language + "@" + org.domain();
        Pages pages = new Pages(browser, port).open("/registro").language(language);

        pages.type("name", "Carolina Rojas").type("email", email).click(By.cssSelector("main button[type=submit]"));
        pages.waitForText(By.tagName("h1"), t(locale, "signup.sent.title"));
        String link = verificationLink(email);
        pages.open(link.substring(link.indexOf("/registro"))).language("pt").language(language);
        assertThat(browser.getCurrentUrl()).as("switching language keeps the link's token").contains("token=");
        pages.type("password", "clave-segura-1").type("confirmation", "clave-segura-1")
                .click(By.cssSelector("main button[type=submit]")).waitForUrl("/tickets");
        assertThat(pages.source()).contains("Carolina Rojas");

        pages.click(By.cssSelector("main a[href='/tickets/nuevo']"));
        pages.click(By.id("type-DEFECTO"));
        pages.type("subject", "No se cargan los pedidos de la ruta 1").choose("cf-subsistema", "WEB")
                .type("cf-pasos", "Abrir Pedidos y sincronizar.")
                .type("description", "Desde hoy a las 9:00 la tableta de la ruta 1 muestra el error 1102 al "
                        + "intercambiar. Pasos: abrir Pedidos, sincronizar. Esperado: pedidos cargados.");
        pages.find(By.id("archivos")).sendKeys(screenshot().toString());
        pages.click(By.cssSelector("main button[type=submit]")).waitForUrl("/creado");
        long number = Long.parseLong(browser.getCurrentUrl().replaceAll(".*/tickets/(\\d+)/creado", "$1"));
        assertThat(pages.text(By.tagName("h1"))).isEqualTo(t(locale, "newTicket.created.heading", number));

        pages.open("/tickets");
        assertThat(pages.text(By.cssSelector("tr[data-ticket='" + number + "']")))
                .contains("No se cargan los pedidos de la ruta 1", t(locale, "ticket.status.NEW.customer"));

        var filed = agent.get(path(number, ""));
        assertThat(filed.json().path("attachments").get(0).path("filename").asString()).isEqualTo("ruta1.png");
        assertThat(agent.get(filed.json().path("attachments").get(0).path("url").asString()).header("Content-Type"))
                .isEqualTo("image/png");

        assertThat(agent.post(path(number, "/messages"), Map.of("body", "¿Qué versión de la aplicación usa?",
                "status", "PENDING_CUSTOMER")).status()).isEqualTo(201);
        pages.open("/tickets/" + number);
        assertThat(pages.text(By.id("ticket-status"))).isEqualTo(t(locale, "ticket.status.PENDING_CUSTOMER.customer"));
        assertThat(pages.source()).contains("¿Qué versión de la aplicación usa?", "ruta1.png");
        assertThat(browser.findElements(By.cssSelector("img.attachment-preview"))).hasSize(1);

        pages.type("mensaje", "Usamos la versión 4.2.1").click(By.id("send-reply"));
        pages.waitForText(By.id("ticket-status"), t(locale, "ticket.status.OPEN.customer"));

        agent.post(path(number, "/resolve"), Map.of());
        pages.open("/tickets/" + number);
        assertThat(pages.text(By.id("confirm-heading"))).isEqualTo(t(locale, "ticket.confirm.question"));
        pages.click(By.id("confirm-not-quite")).type("comentario", "Faltan los pedidos del martes")
                .click(By.id("confirm-send"));
        pages.waitForText(By.id("ticket-status"), t(locale, "ticket.status.OPEN.customer"));
        assertThat(pages.source()).contains("Faltan los pedidos del martes");

        agent.post(path(number, "/resolve"), Map.of());
        pages.open("/tickets/" + number).click(By.id("confirm-yes"));
        pages.waitForText(By.id("ticket-status"), t(locale, "ticket.status.CLOSED.customer"));
        assertThat(browser.findElements(By.id("close-ticket"))).isEmpty();
        assertThat(agent.get(path(number, "")).text("status")).isEqualTo("CLOSED");
        assertThat(Arrays.stream(mail.getReceivedMessages()).anyMatch(m -> recipient(m).equals(email)
                && subject(m).contains(Long.toString(number)))).as("acknowledgement mail").isTrue();
    }

    private String verificationLink(String email) throws Exception {
        for (int attempt = 0; attempt < 100; attempt++) {
            for (MimeMessage message : mail.getReceivedMessages()) {
                if (recipient(message).equals(email)) {
                    Matcher link = VERIFY_LINK.matcher(GreenMailUtil.getBody(message).replace("=\r\n", "")
                            .replace("=3D", "="));
                    if (link.find()) {
                        return link.group();
                    }
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("No verification mail for " + email);
    }

    private static String recipient(MimeMessage message) {
        try {
            return ((jakarta.mail.internet.InternetAddress) message.getAllRecipients()[0]).getAddress();
        } catch (Exception e) {
            return "";
        }
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (Exception e) {
            return "";
        }
    }

    private static Path screenshot() throws Exception {
        Path file = Files.createTempDirectory("resuelve-upload").resolve("ruta1.png");
        Files.write(file, Base64.getDecoder().decode(
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="));
        return file;
    }

    private String t(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    private static String path(long number, String suffix) {
        return "/api/v1/tickets/" + number + suffix;
    }
}
