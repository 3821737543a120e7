package io.resuelve.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import io.resuelve.accounts.AccountManagement;
import io.resuelve.accounts.AgentGroups;
import io.resuelve.accounts.GroupView;
import io.resuelve.accounts.OrganisationView;
import io.resuelve.catalog.Catalog;
import io.resuelve.settings.HelpdeskSettings;
import io.resuelve.settings.HelpdeskSettingsView;
import io.resuelve.shared.Language;
import io.resuelve.support.Fixtures;
import io.resuelve.support.ResuelveIntegrationTest;
import io.resuelve.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Organisations, agent groups, the catalogue and the general settings, as admins edit them on their pages. */
@ResuelveIntegrationTest
class ConfigurationAdminIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    AccountManagement accounts;

    @Autowired
    AgentGroups groups;

    @Autowired
    Catalog catalog;

    @Autowired
    HelpdeskSettings settings;

    /** Posts like a browser: a redirect is followed, so each flash message is read right after its change. */
    static WebSession.Page submit(WebSession session, String path, Map<String, String> fields) {
        WebSession.Page answer = session.post(path, fields);
        if (answer.status() == 302) {
            session.get(answer.location().replaceFirst("https?://[^/]+", "").replaceFirst("#.*", ""));
        }
        return answer;
    }

    WebSession admin() {
        return WebSession.signedIn(port, Fixtures.ADMIN_EMAIL, Fixtures.ADMIN_PASSWORD);
    }

    @Test
    void anOrganisationIsCreatedEditedAndItsDomainsAreUniqueAcrossOrganisations() {
        Fixtures fixtures = new Fixtures(port);
        Fixtures.Organisation other = fixtures.organisation("Distribuidora Andina", false);
        WebSession admin = admin();
        String name = "Transportes del Caribe " + System.nanoTime();

        var created = submit(admin, "/admin/organizaciones/nueva", Map.of("name", name, "taxId", "900555111",
                "country", "CO", "domain", "caribe-" + System.nanoTime() + ".example"));
        assertThat(created.status()).as(created.toString()).isEqualTo(302);
        long id = Long.parseLong(created.location().replaceFirst(".*/", ""));
        assertThat(admin.get("/admin/organizaciones?q=caribe").body()).contains(name);

        var saved = submit(admin, "/admin/organizaciones/" + id, Map.of("name", name, "taxId", "900555112",
                "country", "CO", "sharedTickets", "true"));
        assertThat(saved.status()).isEqualTo(302);
        OrganisationView organisation = accounts.organisation(id).orElseThrow();
        assertThat(organisation.sharedTickets()).isTrue();
        assertThat(organisation.taxId()).isEqualTo("900555112");

        submit(admin, "/admin/organizaciones/" + id + "/dominios", Map.of("domain", "@Caribe-Extra.example"));
        assertThat(accounts.organisation(id).orElseThrow().domains()).contains("caribe-extra.example");
        var taken = admin.post("/admin/organizaciones/" + id + "/dominios", Map.of("domain", other.domain()));
        assertThat(taken.status()).isEqualTo(302);
        assertThat(admin.get("/admin/organizaciones/" + id).body()).contains("id=\"domain-error\"")
                .contains("El dominio «" + other.domain() + "» ya pertenece a la organización " + other.name())
                .contains("value=\"" + other.domain() + "\"");
        assertThat(accounts.organisation(id).orElseThrow().domains()).doesNotContain(other.domain());

        submit(admin, "/admin/organizaciones/" + id + "/dominios/eliminar", Map.of("domain", "caribe-extra.example"));
        assertThat(accounts.organisation(id).orElseThrow().domains()).doesNotContain("caribe-extra.example");

        var duplicateName = submit(admin, "/admin/organizaciones/" + id, Map.of("name", other.name()));
        assertThat(duplicateName.status()).isEqualTo(200);
        assertThat(duplicateName.body()).contains("Ya existe una organización llamada «" + other.name() + "».");
    }

    @Test
    void anOrganisationListsItsMembers() {
        Fixtures fixtures = new Fixtures(port);
        Fixtures.Organisation organisation = fixtures.organisation("Lácteos del Sur", true);
        Fixtures.Person member = fixtures.customer("Camila Miembro", organisation);
        assertThat(admin().get("/admin/organizaciones/" + organisation.id()).body()).contains("Camila Miembro")
                .contains(member.email()).contains("Personas (1)");
    }

    @Test
    void aRestrictedGroupIsCreatedRenamedAndGetsMembers() {
        Fixtures fixtures = new Fixtures(port);
        Fixtures.Person agent = fixtures.agent("Diego Miembro");
        WebSession admin = admin();
        String name = "Cuentas clave " + System.nanoTime();

        var created = submit(admin, "/admin/grupos", Map.of("name", name, "description", "Clientes grandes",
                "restricted", "true"));
        assertThat(created.status()).as(created.toString()).isEqualTo(302);
        long id = Long.parseLong(created.location().replaceFirst(".*/", ""));
        assertThat(groups.group(id).orElseThrow().restricted()).isTrue();

        submit(admin, "/admin/grupos/" + id + "/miembros", Map.of("userId", Long.toString(agent.id())));
        assertThat(accounts.user(agent.id()).orElseThrow().groupIds()).contains(id);
        assertThat(admin.get("/admin/grupos").body()).contains(name).contains("Solo sus miembros");

        submit(admin, "/admin/grupos/" + id, Map.of("name", name + " VIP", "description", "Clientes grandes"));
        GroupView changed = groups.group(id).orElseThrow();
        assertThat(changed.name()).isEqualTo(name + " VIP");
        assertThat(changed.restricted()).isFalse();

        var duplicate = submit(admin, "/admin/grupos", Map.of("name", name + " VIP"));
        assertThat(duplicate.status()).isEqualTo(200);
        assertThat(duplicate.body()).contains("Ya existe un grupo llamado «" + name + " VIP»");

        submit(admin, "/admin/grupos/" + id + "/miembros/eliminar", Map.of("userId", Long.toString(agent.id())));
        assertThat(accounts.user(agent.id()).orElseThrow().groupIds()).doesNotContain(id);
    }

    @Test
    void catalogueEntriesAreAddedRenamedAndDeactivatedNotDeleted() {
        WebSession admin = admin();
        String brand = "Logística " + System.nanoTime();
        submit(admin, "/admin/catalogo/paises", Map.of("code", "pe", "name", "Perú"));
        assertThat(catalog.country("PE")).isPresent();
        submit(admin, "/admin/catalogo/marcas", Map.of("name", brand));
        long brandId = catalog.allBrands().stream().filter(b -> b.name().equals(brand)).findFirst().orElseThrow()
                .id();
        submit(admin, "/admin/catalogo/marcas/" + brandId + "/productos", Map.of("name", "Rutas"));
        long productId = catalog.allProducts(brandId).get(0).id();

        submit(admin, "/admin/catalogo/productos/" + productId, Map.of("name", "Rutas 2"));
        assertThat(catalog.product(productId).orElseThrow().name()).isEqualTo("Rutas 2");
        assertThat(catalog.product(productId).orElseThrow().active()).isFalse();
        assertThat(catalog.products(brandId)).isEmpty();
        submit(admin, "/admin/catalogo/marcas/" + brandId, Map.of("name", brand, "active", "true"));

        var duplicate = admin.post("/admin/catalogo/marcas", Map.of("name", brand));
        assertThat(duplicate.status()).isEqualTo(302);
        assertThat(admin.get("/admin/catalogo").body()).contains("«" + brand + "» ya existe en el catálogo.")
                .contains("value=\"Rutas 2\"");
    }

    @Test
    void theHelpDeskNameShowsInTheNavbarAndTheDefaultsApplyToNewPeople() {
        HelpdeskSettingsView before = settings.current();
        WebSession admin = admin();
        try {
            var refused = submit(admin, "/admin/ajustes", Map.of("name", "  ", "supportEmail", "no-es-correo",
                    "defaultLanguage", "EN", "defaultTimeZone", "America/Lima"));
            assertThat(refused.status()).isEqualTo(200);
            assertThat(refused.body()).contains("Indique el nombre de la mesa de ayuda.");

            var saved = submit(admin, "/admin/ajustes", Map.of("name", "Soporte Andino", "supportEmail",
                    "Ayuda@Andino.example", "defaultLanguage", "PT", "defaultTimeZone", "America/Lima"));
            assertThat(saved.status()).isEqualTo(302);
            String home = WebSession.visitor(port, "es").get("/").body();
            assertThat(home).contains("<a class=\"navbar-brand fw-semibold\" href=\"/\">Soporte Andino</a>")
                    .contains("mailto:ayuda@andino.example")
                    .contains("<meta name=\"helpdesk-name\" content=\"Soporte Andino\">");
            assertThat(admin.get("/admin/ajustes").body()).contains("href=\"/admin/contacto\"");

            Fixtures.Person agent = new Fixtures(port).agent("Persona Nueva");
            var created = accounts.user(agent.id()).orElseThrow();
            assertThat(created.language()).isEqualTo(Language.PT);
            assertThat(created.timeZone()).isEqualTo("America/Lima");
        } finally {
            submit(admin, "/admin/ajustes", Map.of("name", before.name(), "supportEmail",
                    before.supportEmail() == null ? "" : before.supportEmail(), "defaultLanguage",
                    before.defaultLanguage().name(), "defaultTimeZone", before.defaultTimeZone()));
        }
    }
}
