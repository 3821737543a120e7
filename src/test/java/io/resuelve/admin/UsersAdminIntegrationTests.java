package io.resuelve.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.resuelve.accounts.AccountManagement;
import io.resuelve.accounts.Actor;
import io.resuelve.accounts.Role;
import io.resuelve.accounts.UserAdministration;
import io.resuelve.accounts.UserSearch;
import io.resuelve.accounts.UserView;
import io.resuelve.mail.MailOutbox;
import io.resuelve.mail.OutboxMailView;
import io.resuelve.support.ApiClient;
import io.resuelve.support.Fixtures;
import io.resuelve.support.ResuelveIntegrationTest;
import io.resuelve.support.WebSession;
import io.resuelve.shared.ConflictException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** People in /admin/usuarios: invitations that set a password, roles, disabling, groups, and who may do it. */
@ResuelveIntegrationTest
class UsersAdminIntegrationTests {

    private static final Pattern LINK = Pattern.compile("http://[^\\s]+/contrasena/restablecer\\?token=[^\\s]+");

    @LocalServerPort
    int port;

    @Autowired
    MailOutbox outbox;

    @Autowired
    AccountManagement accounts;

    @Autowired
    UserAdministration administration;

    WebSession admin() {
        return WebSession.signedIn(port, Fixtures.ADMIN_EMAIL, Fixtures.ADMIN_PASSWORD);
    }

    @Test
    void anInvitedAgentGetsAMailWhoseLinkSetsTheirPasswordAndThenSignsIn() {
        Fixtures fixtures = new Fixtures(port);
        long groupId = fixtures.admin().post("/api/v1/groups", Map.of("name", "Facturación " + System.nanoTime()))
                .number("id");
        WebSession admin = admin();
        String email = "lucia.invitada" + System.nanoTime() + "@soporte.example";

        var form = admin.get("/admin/usuarios/invitar");
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.body()).contains("for=\"invite-name\"").contains("for=\"invite-email\"")
                .contains("id=\"invite-group-" + groupId + "\"");
        var invited = admin.post("/admin/usuarios/invitar", Map.of("name", "Lucía Invitada", "email", email,
                "role", "AGENT", "groupIds", Long.toString(groupId)));
        assertThat(invited.status()).as(invited.toString()).isEqualTo(302);
        UserView user = accounts.userByEmail(email).orElseThrow();
        assertThat(user.role()).isEqualTo(Role.AGENT);
        assertThat(user.groupIds()).containsExactly(groupId);
        assertThat(invited.location()).endsWith("/admin/usuarios/" + user.id());
        assertThat(admin.get("/admin/usuarios/" + user.id()).body()).contains("Se envió la invitación a " + email)
                .contains("Lucía Invitada");

        OutboxMailView mail = outbox.recent(50).stream().filter(m -> m.to().equals(email)).findFirst().orElseThrow();
        assertThat(mail.subject()).isEqualTo("Su invitación a Soporte Resuelve");
        assertThat(mail.text()).contains("Le invitamos a unirse a Soporte Resuelve como agente.").contains(email);
        Matcher link = LINK.matcher(mail.text());
        assertThat(link.find()).as(mail.text()).isTrue();
        String path = link.group().replaceFirst("http://[^/]+", "");
        String token = path.substring(path.indexOf("token=") + 6);

        WebSession visitor = WebSession.visitor(port, "es");
        var resetForm = visitor.get(path);
        assertThat(resetForm.status()).isEqualTo(200);
        assertThat(resetForm.body()).doesNotContain("<title>Enlace no válido</title>");
        var chosen = visitor.post("/contrasena/restablecer", Map.of("token", token, "password", "clave-de-lucia-2026",
                "confirmation", "clave-de-lucia-2026"));
        assertThat(chosen.status()).as(chosen.toString()).isEqualTo(302);
        assertThat(chosen.location()).endsWith("/login");
        WebSession lucia = WebSession.signedIn(port, email, "clave-de-lucia-2026");
        assertThat(lucia.get("/perfil").body()).contains("Lucía Invitada");
        assertThat(lucia.get("/admin").status()).isEqualTo(403);
        // Single use: the same link does not work twice.
        assertThat(WebSession.visitor(port, "es").get(path).body()).contains("<title>Enlace no válido</title>");
    }

    @Test
    void aDuplicateEmailIsRefusedInTheFormKeepingWhatWasTyped() {
        var refused = admin().post("/admin/usuarios/invitar", Map.of("name", "Otra Persona", "email",
                Fixtures.ADMIN_EMAIL, "role", "AGENT"));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("role=\"alert\"")
                .contains("Ya existe una cuenta con el correo " + Fixtures.ADMIN_EMAIL)
                .contains("value=\"Otra Persona\"").contains("aria-invalid=\"true\"");
    }

    @Test
    void anAdminCannotDemoteNorDisableThemselfAndTheLastAdminStays() {
        UserView me = accounts.userByEmail(Fixtures.ADMIN_EMAIL).orElseThrow();
        WebSession admin = admin();

        var demoted = admin.post("/admin/usuarios/" + me.id() + "/rol", Map.of("role", "AGENT"));
        assertThat(demoted.status()).isEqualTo(302);
        assertThat(admin.get("/admin/usuarios/" + me.id()).body())
                .contains("No puede cambiar su propio rol: pídaselo a otro administrador.");
        admin.post("/admin/usuarios/" + me.id() + "/estado", Map.of("enabled", "false"));
        assertThat(admin.get("/admin/usuarios/" + me.id()).body())
                .contains("No puede desactivar su propia cuenta: pídaselo a otro administrador.");
        UserView after = accounts.user(me.id()).orElseThrow();
        assertThat(after.role()).isEqualTo(Role.ADMIN);
        assertThat(after.enabled()).isTrue();

        // The last enabled admin: only Resuelve itself (or a stale session) could try; it is refused all the same.
        var others = administration.search(new UserSearch(null, Role.ADMIN, true, 0, 100), Actor.system()).users()
                .stream().filter(u -> !u.id().equals(me.id())).toList();
        others.forEach(u -> administration.enable(u.id(), false, Actor.system()));
        try {
            org.assertj.core.api.Assertions.assertThatThrownBy(
                    () -> administration.changeRole(me.id(), Role.AGENT, Actor.system()))
                    .isInstanceOfSatisfying(ConflictException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("error.admin.lastAdmin"));
            org.assertj.core.api.Assertions.assertThatThrownBy(
                    () -> administration.enable(me.id(), false, Actor.system()))
                    .isInstanceOf(ConflictException.class);
        } finally {
            others.forEach(u -> administration.enable(u.id(), true, Actor.system()));
        }
    }

    @Test
    void aDisabledPersonCannotSignInNorUseTheApiUntilEnabledAgain() {
        Fixtures fixtures = new Fixtures(port);
        Fixtures.Person agent = fixtures.agent("Mateo Desactivado");
        String token = fixtures.as(agent).post("/api/v1/me/tokens", Map.of("name", "integración")).text("token");
        assertThat(ApiClient.anonymous(port).withToken(token).get("/api/v1/me").status()).isEqualTo(200);
        WebSession signedInBefore = WebSession.signedIn(port, agent.email(), Fixtures.PASSWORD);
        WebSession admin = admin();

        var disabled = admin.post("/admin/usuarios/" + agent.id() + "/estado", Map.of("enabled", "false"));
        assertThat(disabled.status()).isEqualTo(302);
        assertThat(admin.get("/admin/usuarios/" + agent.id()).body()).contains("Se desactivó la cuenta.")
                .contains("id=\"enable-submit\"");
        var login = WebSession.visitor(port, "es").post("/login", Map.of("username", agent.email(),
                "password", Fixtures.PASSWORD));
        assertThat(login.location()).contains("error");
        var stale = signedInBefore.get("/perfil");
        assertThat(stale.status()).as("a session opened before the account was disabled ends").isEqualTo(302);
        assertThat(stale.location()).endsWith("/login");
        assertThat(fixtures.as(agent).get("/api/v1/me").status()).isEqualTo(401);
        assertThat(ApiClient.anonymous(port).withToken(token).get("/api/v1/me").status()).isEqualTo(401);
        assertThat(admin.get("/admin/usuarios?enabled=false&q=" + "Mateo").body()).contains(agent.email());

        admin.post("/admin/usuarios/" + agent.id() + "/estado", Map.of("enabled", "true"));
        WebSession.signedIn(port, agent.email(), Fixtures.PASSWORD);
        assertThat(ApiClient.anonymous(port).withToken(token).get("/api/v1/me").status()).isEqualTo(200);
    }

    @Test
    void rolesAndGroupsChangeFromTheDetailPage() {
        Fixtures fixtures = new Fixtures(port);
        Fixtures.Person customer = fixtures.customer("Sofía Ascendida", fixtures.organisation("Ascenso", false));
        long groupId = fixtures.admin().post("/api/v1/groups", Map.of("name", "Nivel 2 " + System.nanoTime()))
                .number("id");
        WebSession admin = admin();

        admin.post("/admin/usuarios/" + customer.id() + "/rol", Map.of("role", "AGENT"));
        assertThat(admin.get("/admin/usuarios/" + customer.id()).body()).contains("Se cambió el rol.");
        UserView agent = accounts.user(customer.id()).orElseThrow();
        assertThat(agent.role()).isEqualTo(Role.AGENT);
        assertThat(agent.organisationId()).isNull();
        admin.post("/admin/usuarios/" + customer.id() + "/grupos", Map.of("groupIds", Long.toString(groupId)));
        assertThat(accounts.user(customer.id()).orElseThrow().groupIds()).containsExactly(groupId);
        assertThat(admin.get("/admin/usuarios/" + customer.id()).body()).contains("Se guardaron los grupos.");
        admin.post("/admin/usuarios/" + customer.id() + "/grupos", Map.of());
        assertThat(accounts.user(customer.id()).orElseThrow().groupIds()).isEmpty();
    }

    @Test
    void theListSearchesByNameOrEmailAndFiltersByRole() {
        Fixtures fixtures = new Fixtures(port);
        Fixtures.Person agent = fixtures.agent("Valentina Buscable");
        WebSession admin = admin();

        assertThat(admin.get("/admin/usuarios?q=buscable").body()).contains("Valentina Buscable")
                .contains(agent.email());
        assertThat(admin.get("/admin/usuarios?q=buscable&role=CUSTOMER").body())
                .doesNotContain(agent.email()).contains("Nadie coincide con la búsqueda.");
        assertThat(admin.get("/admin/usuarios?q=" + agent.email()).body()).contains("Valentina Buscable");
    }

    @Test
    void agentsAndCustomersAreTurnedAwayFromEveryAdminPage() {
        Fixtures fixtures = new Fixtures(port);
        Fixtures.Person agent = fixtures.agent("Agente Curioso");
        WebSession session = WebSession.signedIn(port, agent.email(), Fixtures.PASSWORD);
        for (String path : new String[] { "/admin", "/admin/usuarios", "/admin/usuarios/invitar",
                "/admin/organizaciones", "/admin/grupos", "/admin/catalogo", "/admin/ajustes", "/admin/auditoria" }) {
            assertThat(session.get(path).status()).as(path).isEqualTo(403);
        }
        assertThat(session.post("/admin/usuarios/" + agent.id() + "/rol", Map.of("role", "ADMIN")).status())
                .isEqualTo(403);
        assertThat(accounts.user(agent.id()).orElseThrow().role()).isEqualTo(Role.AGENT);
    }
}
