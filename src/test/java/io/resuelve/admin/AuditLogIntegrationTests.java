package io.resuelve.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import io.resuelve.accounts.AccountManagement;
import io.resuelve.audit.AuditEntryView;
import io.resuelve.audit.AuditLog;
import io.resuelve.audit.AuditQuery;
import io.resuelve.shared.AdminChangeRecorded.FieldChange;
import io.resuelve.support.Fixtures;
import io.resuelve.support.ResuelveIntegrationTest;
import io.resuelve.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Every admin change, through the pages and through the API, lands in the audit log with before and after. */
@ResuelveIntegrationTest
class AuditLogIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    AuditLog log;

    @Autowired
    AccountManagement accounts;

    long adminId() {
        return accounts.userByEmail(Fixtures.ADMIN_EMAIL).orElseThrow().id();
    }

    AuditEntryView latest(String targetType, String targetId) {
        return log.page(new AuditQuery(null, targetType, null, null, null, 100)).entries().stream()
                .filter(e -> e.targetId().equals(targetId)).findFirst().orElseThrow();
    }

    @Test
    void apiChangesAreRecordedWithWhoAndWhat() {
        Fixtures fixtures = new Fixtures(port);
        Fixtures.Organisation organisation = fixtures.organisation("Auditada por API", false);
        AuditEntryView created = latest("ORGANISATION", Long.toString(organisation.id()));
        assertThat(created.action()).isEqualTo("organisation.created");
        assertThat(created.actorId()).isEqualTo(adminId());
        assertThat(created.actorLabel()).isEqualTo(Fixtures.ADMIN_EMAIL);
        assertThat(created.targetLabel()).isEqualTo(organisation.name());
        assertThat(created.changes()).contains(new FieldChange("domains", null, organisation.domain()),
                new FieldChange("country", null, "CO"));

        long groupId = fixtures.admin().post("/api/v1/groups", Map.of("name", "Auditado " + System.nanoTime()))
                .number("id");
        fixtures.admin().patch("/api/v1/groups/" + groupId, Map.of("restricted", true));
        AuditEntryView restricted = latest("GROUP", Long.toString(groupId));
        assertThat(restricted.action()).isEqualTo("group.restrictionChanged");
        assertThat(restricted.changes()).containsExactly(new FieldChange("restricted", "false", "true"));

        Fixtures.Person agent = fixtures.agent("Cambiada por API");
        var changed = fixtures.admin().patch("/api/v1/users/" + agent.id(), Map.of("role", "ADMIN", "enabled", false));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(changed.json().get("role").asString()).isEqualTo("ADMIN");
        var userEntries = log.page(new AuditQuery(null, "USER", null, null, null, 100)).entries().stream()
                .filter(e -> e.targetId().equals(Long.toString(agent.id()))).toList();
        assertThat(userEntries).extracting(AuditEntryView::action)
                .containsExactly("user.disabled", "user.roleChanged", "user.created");
        assertThat(userEntries.get(1).changes()).containsExactly(new FieldChange("role", "AGENT", "ADMIN"));
        assertThat(fixtures.as(agent).patch("/api/v1/users/" + agent.id(), Map.of("role", "ADMIN")).status())
                .isEqualTo(401);
        Fixtures.Person other = fixtures.agent("Agente sin permiso");
        assertThat(fixtures.as(other).patch("/api/v1/users/" + agent.id(), Map.of("enabled", true)).status())
                .isEqualTo(403);

        var brand = fixtures.admin().post("/api/v1/catalog/brands", Map.of("name", "Auditada " + System.nanoTime()));
        assertThat(latest("BRAND", Long.toString(brand.number("id"))).action()).isEqualTo("catalog.brandAdded");
    }

    @Test
    void pageChangesAreRecordedWithBeforeAndAfterAndShownNewestFirst() {
        Fixtures fixtures = new Fixtures(port);
        Fixtures.Person agent = fixtures.agent("Rosa Auditada");
        WebSession admin = WebSession.signedIn(port, Fixtures.ADMIN_EMAIL, Fixtures.ADMIN_PASSWORD);

        admin.post("/admin/usuarios/" + agent.id() + "/rol", Map.of("role", "ADMIN"));
        AuditEntryView promoted = latest("USER", Long.toString(agent.id()));
        assertThat(promoted.action()).isEqualTo("user.roleChanged");
        assertThat(promoted.changes()).containsExactly(new FieldChange("role", "AGENT", "ADMIN"));
        admin.post("/admin/usuarios/" + agent.id() + "/estado", Map.of("enabled", "false"));
        assertThat(latest("USER", Long.toString(agent.id())).changes())
                .containsExactly(new FieldChange("enabled", "true", "false"));

        admin.post("/admin/contacto", Map.of("language", "EN", "chat", "Chat with us for anything urgent."));
        assertThat(latest("CONTACT_TEXT", "chat/en").changes())
                .containsExactly(new FieldChange("text", null, "Chat with us for anything urgent."));
        admin.post("/admin/contacto", Map.of("language", "EN", "chat", ""));

        String page = admin.get("/admin/auditoria?type=USER").body();
        assertThat(page).contains("desactivó la cuenta de").contains("cambió el rol de").contains("Rosa Auditada")
                .contains(">Administrador</td>")
                .contains("Cuenta activa").contains(Fixtures.ADMIN_EMAIL);
        assertThat(page.indexOf("desactivó la cuenta de")).isLessThan(page.indexOf("cambió el rol de"));
        assertThat(page).doesNotContain("cambió el texto de contacto");
        assertThat(admin.get("/admin/auditoria?type=CONTACT_TEXT").body()).contains("cambió el texto de contacto");
        assertThat(admin.get("/admin/auditoria?from=2000-01-01&to=2000-01-02").body())
                .contains("No hay cambios registrados con estos filtros.");
        assertThat(admin.get("/admin/auditoria?actor=" + adminId()).body()).contains("Rosa Auditada");
    }

    @Test
    void aRefusedChangeLeavesNoEntry() {
        WebSession admin = WebSession.signedIn(port, Fixtures.ADMIN_EMAIL, Fixtures.ADMIN_PASSWORD);
        String email = "nadie" + System.nanoTime() + "@soporte.example";
        Long newest = log.page(new AuditQuery(null, null, null, null, null, 1)).entries().stream().findFirst()
                .map(AuditEntryView::id).orElse(0L);
        var refused = admin.post("/admin/usuarios/invitar", Map.of("name", "Nadie", "email", email, "role", "AGENT",
                "groupIds", "999999"));
        assertThat(refused.body()).contains("El grupo indicado no existe.");
        assertThat(accounts.userByEmail(email)).isEmpty();
        assertThat(log.page(new AuditQuery(null, null, null, null, null, 1)).entries().stream().findFirst()
                .map(AuditEntryView::id).orElse(0L)).isEqualTo(newest);
    }

    @Test
    void pagesFollowEachOtherWithoutGapsNorRepeats() {
        Fixtures fixtures = new Fixtures(port);
        for (int i = 0; i < 5; i++) {
            fixtures.admin().post("/api/v1/catalog/brands", Map.of("name", "Paginada " + i + " " + System.nanoTime()));
        }
        var first = log.page(new AuditQuery(null, "BRAND", null, null, null, 2));
        var second = log.page(new AuditQuery(null, "BRAND", null, null, first.nextBefore(), 2));
        assertThat(first.entries()).hasSize(2);
        assertThat(second.entries()).hasSize(2);
        List<Long> ids = new java.util.ArrayList<>(first.entries().stream().map(AuditEntryView::id).toList());
        ids.addAll(second.entries().stream().map(AuditEntryView::id).toList());
        assertThat(ids).isSortedAccordingTo(java.util.Comparator.reverseOrder()).doesNotHaveDuplicates();
        assertThat(second.entries().get(0).id()).isLessThan(first.entries().get(1).id());

        WebSession admin = WebSession.signedIn(port, Fixtures.ADMIN_EMAIL, Fixtures.ADMIN_PASSWORD);
        assertThat(admin.get("/admin/auditoria?type=BRAND&before=" + first.nextBefore()).body())
                .contains("Ver lo más reciente");
    }
}
