package io.resuelve.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import io.resuelve.accounts.AccountManagement;
import io.resuelve.accounts.AgentGroups;
import io.resuelve.accounts.GroupView;
import io.resuelve.accounts.UserView;
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

/**
 * An admin's afternoon in a real browser: invites an agent, creates a restricted group with them, gives an
 * organisation another mail domain, and finds all of it in the audit log. The pages pass axe-core.
 */
@ResuelveIntegrationTest
@ExtendWith(Browser.class)
class AdministrationBrowserIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    AccountManagement accounts;

    @Autowired
    AgentGroups groups;

    @Test
    void anAdminInvitesAnAgentBuildsARestrictedGroupEditsDomainsAndSeesItAudited(WebDriver browser) {
        Fixtures fixtures = new Fixtures(port);
        Fixtures.Organisation organisation = fixtures.organisation("Cooperativa Cafetera", false);
        String email = "andres.nuevo" + System.nanoTime() + "@soporte.example";
        String groupName = "Cuentas VIP " + System.nanoTime();
        String domain = "cafetera-" + System.nanoTime() + ".example";
        Pages pages = new Pages(browser, port);
        pages.signIn(Fixtures.ADMIN_EMAIL, Fixtures.ADMIN_PASSWORD);

        pages.open("/admin").click(By.cssSelector("a[href='/admin/usuarios']"));
        pages.click(By.id("invite-link")).type("invite-name", "Andrés Nuevo").type("invite-email", email)
                .click(By.id("invite-submit"));
        pages.waitForText(By.cssSelector("[role=status]"), "Se envió la invitación a " + email);
        UserView agent = accounts.userByEmail(email).orElseThrow();

        pages.open("/admin/grupos").type("new-group-name", groupName).type("new-group-description", "Grandes clientes")
                .click(By.id("new-group-restricted")).click(By.id("new-group-submit"));
        pages.waitForText(By.cssSelector("[role=status]"), "Se creó el grupo " + groupName);
        pages.choose("member-add", Long.toString(agent.id())).click(By.id("member-add-submit"));
        pages.waitForText(By.id("members-list"), "Andrés Nuevo");
        GroupView group = groups.groups().stream().filter(g -> g.name().equals(groupName)).findFirst().orElseThrow();
        assertThat(group.restricted()).isTrue();
        assertThat(accounts.user(agent.id()).orElseThrow().groupIds()).containsExactly(group.id());

        pages.open("/admin/organizaciones?q=Cooperativa").click(By.linkText(organisation.name()));
        pages.type("new-domain", domain).click(By.id("domain-add"));
        pages.waitForText(By.id("domains-list"), domain);
        pages.type("new-domain", "@" + organisation.domain().toUpperCase()).click(By.id("domain-add"));
        // The form's answer must have arrived before the next page is opened, or it lands on top of it.
        pages.waitForText(By.cssSelector("div.alert-success"), organisation.domain().toUpperCase());
        assertThat(accounts.organisation(organisation.id()).orElseThrow().domains())
                .containsExactlyInAnyOrder(organisation.domain(), domain);

        pages.open("/admin/auditoria");
        String log = pages.text(By.id("audit-entries"));
        assertThat(log).contains("invitó a").contains("Andrés Nuevo").contains("creó el grupo").contains(groupName)
                .contains("añadió un miembro a").contains("añadió un dominio a").contains(organisation.name())
                .contains(domain);
        assertThat(log.indexOf("añadió un dominio a")).isLessThan(log.indexOf("invitó a"));
        pages.choose("audit-type", "GROUP").click(By.cssSelector("main form[method=get] button[type=submit]"));
        pages.waitForUrl("type=GROUP");
        assertThat(pages.text(By.id("audit-entries"))).contains(groupName).doesNotContain("invitó a");
        assertThat(browser.getTitle()).isEqualTo("Auditoría");

        try {
            pages.open("/admin/ajustes").type("settings-name", "Mesa Andina").click(By.id("settings-save"));
            pages.waitForText(By.cssSelector("[role=status]"), "Se guardaron los ajustes.");
            assertThat(pages.text(By.cssSelector(".navbar-brand"))).isEqualTo("Mesa Andina");
            assertThat(browser.getTitle()).isEqualTo("Ajustes generales · Mesa Andina");
        } finally {
            pages.open("/admin/ajustes").type("settings-name", "Resuelve").click(By.id("settings-save"));
            pages.waitForText(By.cssSelector("[role=status]"), "Se guardaron los ajustes.");
        }
    }

    @Test
    void theAdminPagesHaveNoSeriousAccessibilityProblems(WebDriver browser) {
        Fixtures fixtures = new Fixtures(port);
        Fixtures.Organisation organisation = fixtures.organisation("Accesible", true);
        fixtures.customer("Paula Accesible", organisation);
        fixtures.admin().post("/api/v1/groups", java.util.Map.of("name", "Accesibles " + System.nanoTime()));
        fixtures.catalogue();
        Pages pages = new Pages(browser, port);
        pages.signIn(Fixtures.ADMIN_EMAIL, Fixtures.ADMIN_PASSWORD);
        List<String> findings = new ArrayList<>();
        for (String path : List.of("/admin/usuarios", "/admin/usuarios/invitar", "/admin/organizaciones/"
                + organisation.id(), "/admin/grupos", "/admin/catalogo", "/admin/ajustes", "/admin/auditoria")) {
            pages.open(path);
            Axe.seriousViolations(browser).forEach(v -> findings.add(path + ": " + v));
        }
        assertThat(findings).isEmpty();
    }
}
