package io.resuelve.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The quality coach in a real browser: a customer picks "Un defecto en el programa", types "URGENTE!!! no funciona"
 * and is coached live; rewrites it into the ticket seeds 001, 003 and 004 ask for and sends it; the agent sees the
 * score, the findings and the section's values, and "Devolver al solicitante" of a poor ticket comes ticked. Then an
 * administrator makes a rule blocking and the form refuses to send with a clear message.
 */
@ResuelveIntegrationTest
@ExtendWith(Browser.class)
class QualityCoachBrowserIntegrationTests {

    private static final String STEPS = "1) Abrir Clientes en la aplicación web. 2) Cambiar el teléfono del cliente 3301. "
            + "3) Pulsar Guardar.";
    private static final String DESCRIPTION = "Desde ayer no se guardan los cambios de los clientes en la aplicación "
            + "web. Esperado: el teléfono nuevo queda guardado. Obtenido: aparece «Error 1102: no se pudo guardar» y "
            + "el cambio se pierde.";

    @LocalServerPort
    int port;

    @Test
    void aCustomerIsCoachedLiveAndTheAgentActsOnTheResult(WebDriver browser) {
        Fixtures fixtures = new Fixtures(port);
        Fixtures.Person customer = fixtures.customer("Carolina Rojas", fixtures.organisation("Andina", true));
        Fixtures.Person agent = fixtures.agent("Lucia Fernandez");
        Pages pages = new Pages(browser, port).signIn(customer.email(), Fixtures.PASSWORD);

        pages.open("/tickets/nuevo").click(By.cssSelector("a[href$='tipo=DEFECTO']")).waitForUrl("tipo=DEFECTO");
        assertThat(pages.text(By.tagName("h1"))).contains("Un defecto en el programa");
        assertThat(pages.text(By.id("coach-results"))).contains("Escriba el asunto y la descripción");
        assertThat(pages.find(By.id("coach-results")).getDomAttribute("aria-live")).isEqualTo("polite");

        pages.type("subject", "URGENTE!!! no funciona");
        WebElement vague = pages.find(By.cssSelector("#coach-findings li[data-rule='subject.vague']"));
        assertThat(vague.getText()).contains("El asunto no dice qué ocurre ni dónde.", "Cómo mejorarlo",
                "No se cargan los pedidos de la ruta 1 al intercambiar");
        pages.find(By.cssSelector("#coach-findings li[data-rule='text.shouting']"));
        pages.find(By.cssSelector("#coach-findings li[data-rule='text.punctuation']"));
        assertThat(pages.text(By.id("coach-score"))).startsWith("Calidad:");
        assertThat(Axe.seriousViolations(browser)).as("the form with the coach's findings").isEmpty();

        pages.type("subject", "No se guardan los cambios de teléfono de los clientes en la aplicación web")
                .type("description", DESCRIPTION).choose("cf-subsistema", "WEB").type("cf-pasos", STEPS);
        waitUntil(browser, "the coach has no shortcoming left", d -> d.findElements(
                By.cssSelector("#coach-results [data-severity='WARNING'], #coach-results [data-severity='BLOCKING']"))
                .isEmpty() && !d.findElements(By.id("coach-score")).isEmpty());
        pages.click(By.id("submit-ticket")).waitForUrl("/creado");
        long number = Long.parseLong(browser.getCurrentUrl().replaceAll(".*/tickets/(\\d+)/creado", "$1"));

        ApiClient customerApi = fixtures.as(customer);
        var poor = customerApi.post("/api/v1/tickets", Map.of("subject", "No funciona", "description",
                "no funciona nada"));
        browser.manage().deleteAllCookies();
        pages.signIn(agent.email(), Fixtures.PASSWORD).open("/agente/tickets/" + number);
        int score = Integer.parseInt(pages.find(By.id("quality-score")).getDomAttribute("data-score"));
        assertThat(score).isGreaterThanOrEqualTo(80);
        assertThat(pages.text(By.id("quality-panel"))).contains("Puntuación del asistente de calidad: " + score);
        assertThat(pages.text(By.id("quality-level"))).isEqualTo("Buena");
        assertThat(pages.text(By.id("ticket-fields"))).contains("Abrir Clientes en la aplicación web");

        pages.open("/agente/tickets/" + poor.number("number"));
        assertThat(pages.text(By.id("quality-findings"))).contains("El asunto no dice qué ocurre ni dónde.",
                "Descripción sin qué, dónde y cuándo.");
        assertThat(pages.text(By.id("quality-level"))).isEqualTo("Pobre");
        assertThat(browser.findElement(By.id("missing-subject")).isSelected()).isTrue();
        assertThat(browser.findElement(By.id("missing-description")).isSelected()).isTrue();
        assertThat(browser.findElement(By.id("missing-steps")).isSelected()).isFalse();
        assertThat(browser.findElement(By.id("return-preview")).getAttribute("textContent"))
                .as("the customer's message already lists what is missing").contains("- ");
        assertThat(Axe.seriousViolations(browser)).as("the agent's view with the quality panel").isEmpty();
    }

    @Test
    void aRuleAnAdministratorMakesBlockingStopsTheForm(WebDriver browser) {
        Fixtures fixtures = new Fixtures(port);
        Fixtures.Person customer = fixtures.customer("Ignacio Munoz", fixtures.organisation("Farmacias", false));
        Pages pages = new Pages(browser, port).signIn(Fixtures.ADMIN_EMAIL, Fixtures.ADMIN_PASSWORD);
        try {
            pages.open("/admin/calidad");
            assertThat(Axe.seriousViolations(browser)).as("/admin/calidad").isEmpty();
            WebElement box = pages.find(By.id("block-DEFECTO-subject-vague"));
            assertThat(box.isSelected()).isFalse();
            pages.click(By.id("block-DEFECTO-subject-vague")).click(By.id("modes-save"));
            pages.waitForText(By.cssSelector(".alert-success"), "Se guardaron las reglas");
            assertThat(pages.find(By.id("block-DEFECTO-subject-vague")).isSelected()).isTrue();

            browser.manage().deleteAllCookies();
            pages.signIn(customer.email(), Fixtures.PASSWORD).open("/tickets/nuevo?tipo=DEFECTO")
                    .type("subject", "No funciona").type("description", DESCRIPTION)
                    .choose("cf-subsistema", "WEB").type("cf-pasos", STEPS);
            pages.waitForText(By.cssSelector("#coach-findings li[data-rule='subject.vague'] .coach-badge"),
                    "Impide enviar");
            pages.click(By.id("submit-ticket"));
            pages.waitForText(By.cssSelector("main .alert-danger"),
                    "No se puede enviar el ticket todavía: corrija lo marcado como «Impide enviar»");
            assertThat(browser.getCurrentUrl()).doesNotContain("/creado");
            assertThat(pages.text(By.cssSelector("#coach-findings li[data-severity='BLOCKING']")))
                    .contains("El asunto no dice qué ocurre ni dónde.");
            assertThat(fixtures.as(customer).get("/api/v1/tickets").json().path("items")).isEmpty();
        } finally {
            WebSession.signedIn(port, Fixtures.ADMIN_EMAIL, Fixtures.ADMIN_PASSWORD).post("/admin/calidad/modos",
                    Map.of());
        }
    }

    private static void waitUntil(WebDriver browser, String what,
            java.util.function.Function<WebDriver, Boolean> condition) {
        new WebDriverWait(browser, Duration.ofSeconds(10)).withMessage(what).until(condition::apply);
    }
}
