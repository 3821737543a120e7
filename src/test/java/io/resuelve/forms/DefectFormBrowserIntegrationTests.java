package io.resuelve.forms;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In a real browser: the customer chooses the card "Un defecto en el programa", the mobile-only field appears when
 * "Aplicación móvil" is chosen, the impact suggests a priority as it is typed, the ticket is sent; the agent sees the
 * values and the chosen and suggested priorities.
 */
@ResuelveIntegrationTest
@ExtendWith(Browser.class)
class DefectFormBrowserIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void aDefectFiledFromItsCardReachesTheAgentWithItsValuesAndPriorities(WebDriver browser) {
        Fixtures fixtures = new Fixtures(port);
        Fixtures.Person carla = fixtures.customer("Carla Cliente", null);
        Fixtures.Person ana = fixtures.agent("Ana Agente");
        Pages pages = new Pages(browser, port).signIn(carla.email(), Fixtures.PASSWORD);

        pages.open("/tickets/nuevo");
        assertThat(pages.text(By.id("type-DEFECTO"))).contains("Un defecto en el programa",
                "El sistema no hace lo que debería");
        pages.click(By.id("type-DEFECTO")).waitForUrl("tipo=DEFECTO");
        assertThat(pages.text(By.tagName("h1"))).isEqualTo("Crear ticket: Un defecto en el programa");
        assertThat(pages.find(By.id("quality-coach")).getAttribute("data-type-code")).isEqualTo("DEFECTO");
        assertThat(pages.text(By.id("cf-pasos-help"))).contains("El paso a paso detallado");
        assertThat(pages.text(By.id("triage-checklist"))).contains("Capturas a pantalla completa");

        WebElement version = browser.findElement(By.id("cf-version_app"));
        assertThat(version.isDisplayed()).as("the app version waits for 'Aplicación móvil'").isFalse();
        pages.choose("cf-subsistema", "MOVIL");
        new WebDriverWait(browser, java.time.Duration.ofSeconds(5)).until(ExpectedConditions.visibilityOf(version));
        pages.type("cf-version_app", "4.2.1")
                .type("subject", "Los pedidos de la ruta 1 no se cargan en Salidas")
                .type("description", "Desde ayer la tableta de la ruta 1 muestra el error 1102 al intercambiar.")
                .type("cf-pasos", "1. Abrir Salidas\n2. Intercambiar\n3. Aparece el error 1102")
                .type("cf-casos_fallidos", "Pedidos 456, 457 y 458 de la ruta 1")
                .type("cf-impact_users", "30").choose("cf-impact_workaround", "false");
        pages.waitForText(By.id("priority-suggestion"), "Prioridad sugerida: Urgente");
        pages.choose("prioridad", "HIGH");
        assertThat(Axe.seriousViolations(browser)).as("accessibility of the section form").isEmpty();
        pages.click(By.id("submit-ticket")).waitForUrl("/creado");
        long number = Long.parseLong(browser.getCurrentUrl().replaceAll(".*/tickets/(\\d+)/creado", "$1"));

        browser.manage().deleteAllCookies();
        pages.signIn(ana.email(), Fixtures.PASSWORD);
        pages.open("/agente/tickets/" + number);
        assertThat(pages.text(By.id("ticket-fields"))).contains("Sección: Un defecto en el programa",
                "Aplicación móvil", "4.2.1", "Pedidos 456, 457 y 458", "Usuarios afectados: 30");
        assertThat(pages.find(By.id("chosen-priority")).getAttribute("data-priority")).isEqualTo("HIGH");
        assertThat(pages.text(By.id("chosen-priority"))).isEqualTo("Alta");
        assertThat(pages.find(By.id("suggested-priority-agent")).getAttribute("data-priority")).isEqualTo("URGENT");
        assertThat(pages.text(By.id("suggested-priority-agent"))).contains("Urgente",
                "no hay una forma alternativa de trabajar");
    }
}
