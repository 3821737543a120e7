package io.resuelve.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.resuelve.support.Axe;
import io.resuelve.support.Browser;
import io.resuelve.support.Fixtures;
import io.resuelve.support.Pages;
import io.resuelve.support.ResuelveIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.springframework.boot.test.web.server.LocalServerPort;

/** axe-core on the portal's main pages, on a desktop and a 360 px wide phone: no serious or critical finding. */
@ResuelveIntegrationTest
@ExtendWith(Browser.class)
class PortalAccessibilityBrowserIntegrationTests {

    @LocalServerPort
    int port;

    /** The scanner itself must be able to fail: a page with an unlabelled field and a text-less image. */
    @Test
    void theScannerReportsAnInaccessiblePage(WebDriver browser) {
        browser.get("data:text/html;charset=utf-8,<html><body><input type=text><img src='x.png'>"
                + "<button></button></body></html>");
        assertThat(Axe.seriousViolations(browser)).anyMatch(v -> v.startsWith("label"))
                .anyMatch(v -> v.startsWith("image-alt"));
    }

    @Test
    void mainPagesHaveNoSeriousAccessibilityProblems(WebDriver browser) {
        Fixtures fixtures = new Fixtures(port);
        Fixtures.Organisation org = fixtures.organisation("Logistica Rioplatense", true);
        Fixtures.Person mariana = fixtures.customer("Mariana Lopez", org);
        long number = fixtures.ticket(mariana, "El reporte de ventas no coincide con el ERP");
        fixtures.admin().post("/api/v1/tickets/" + number + "/messages", Map.of("body", "¿Qué filtros usó?",
                "status", "PENDING_CUSTOMER"));

        Pages pages = new Pages(browser, port);
        List<String> anonymous = List.of("/", "/login", "/registro", "/contrasena/olvido");
        List<String> signedIn = List.of("/tickets", "/tickets?vista=organizacion", "/tickets/nuevo",
                "/tickets/" + number, "/tickets/" + number + "/creado", "/perfil");
        List<String> findings = new ArrayList<>();
        for (Dimension size : List.of(new Dimension(1280, 900), new Dimension(360, 740))) {
            browser.manage().window().setSize(size);
            for (String path : anonymous) {
                pages.open(path);
                Axe.seriousViolations(browser).forEach(v -> findings.add(size.width + "px " + path + ": " + v));
            }
        }
        pages.signIn(mariana.email(), Fixtures.PASSWORD);
        for (Dimension size : List.of(new Dimension(1280, 900), new Dimension(360, 740))) {
            browser.manage().window().setSize(size);
            for (String path : signedIn) {
                pages.open(path);
                Axe.seriousViolations(browser).forEach(v -> findings.add(size.width + "px " + path + ": " + v));
            }
            long scroll = (Long) ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertThat(scroll).as("horizontal scrolling at " + size.width + " px").isLessThanOrEqualTo(0);
        }
        browser.manage().window().setSize(new Dimension(1280, 900));
        pages.click(By.cssSelector("header form[action='/logout'] button"));
        pages.signIn(Fixtures.ADMIN_EMAIL, Fixtures.ADMIN_PASSWORD);
        for (String path : List.of("/admin", "/admin/contacto", "/admin/correo")) {
            pages.open(path);
            Axe.seriousViolations(browser).forEach(v -> findings.add("admin " + path + ": " + v));
        }
        assertThat(findings).isEmpty();
    }
}
