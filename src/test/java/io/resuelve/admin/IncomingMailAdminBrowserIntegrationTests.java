package io.resuelve.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An admin in a real browser adds a mailbox from the form and looks at a quarantined mail; the mailbox and
 * incoming-mail pages pass axe-core.
 */
@ResuelveIntegrationTest
@ExtendWith(Browser.class)
class IncomingMailAdminBrowserIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void anAdminAddsAMailboxAndReadsAQuarantinedMailOnAccessiblePages(WebDriver browser) {
        Fixtures fixtures = new Fixtures(port);
        var quarantined = fixtures.admin().send("POST", "/api/v1/inbound-mail", "message/rfc822",
                ("<script>alert(1)</script> no es un correo " + System.nanoTime()).getBytes(StandardCharsets.UTF_8));
        long mailId = quarantined.json().path("inboundId").asLong();
        String name = "Soporte " + System.nanoTime();
        Pages pages = new Pages(browser, port);
        pages.signIn(Fixtures.ADMIN_EMAIL, Fixtures.ADMIN_PASSWORD);
        List<String> findings = new ArrayList<>();

        pages.open("/admin").click(By.cssSelector("a[href='/admin/buzones']"));
        Axe.seriousViolations(browser).forEach(v -> findings.add("/admin/buzones: " + v));
        pages.type("new-name", name).type("new-host", "imap.example.invalid").type("new-username", "soporte")
                .type("new-password", "una-clave").click(By.id("mailbox-create"));
        pages.waitForText(By.cssSelector("[role=status]"), "Se añadió el buzón «" + name + "»");
        assertThat(pages.text(By.id("mailbox-last-polled"))).isEqualTo("Nunca");
        assertThat(pages.find(By.id("edit-password")).getAttribute("value")).isEmpty();
        Axe.seriousViolations(browser).forEach(v -> findings.add("/admin/buzones/{id}: " + v));

        pages.open("/admin").click(By.cssSelector("a[href='/admin/correo-entrante']"));
        Axe.seriousViolations(browser).forEach(v -> findings.add("/admin/correo-entrante: " + v));
        pages.click(By.cssSelector("a[href='/admin/correo-entrante/" + mailId + "']"));
        assertThat(pages.text(By.id("inbound-status"))).isEqualTo("En cuarentena");
        Axe.seriousViolations(browser).forEach(v -> findings.add("/admin/correo-entrante/{id}: " + v));
        pages.click(By.id("inbound-reprocess"));
        pages.waitForText(By.id("flash-error"), "sigue en cuarentena");

        assertThat(findings).isEmpty();
    }
}
