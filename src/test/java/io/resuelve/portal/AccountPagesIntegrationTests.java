package io.resuelve.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import io.resuelve.accounts.AccountManagement;
import io.resuelve.accounts.Passwords;
import io.resuelve.support.AccountLinks;
import io.resuelve.support.ApiClient;
import io.resuelve.support.Fixtures;
import io.resuelve.support.WebSession;
import io.resuelve.support.MutableClock;
import io.resuelve.support.ResuelveIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * Seed 000 "Cómo crear una cuenta" and "¿Olvidó su contraseña?" over HTTP with sessions and CSRF. The links are
 * taken from the events that queue the mails (the mails themselves are tested with a real SMTP server elsewhere).
 */
@ResuelveIntegrationTest
@Import(AccountLinks.class)
class AccountPagesIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    @Autowired
    AccountLinks links;

    @Autowired
    Passwords passwords;

    @Autowired
    AccountManagement accounts;

    Fixtures fixtures;

    @BeforeEach
    void setUp() {
        clock.advance(Duration.ofHours(2)); // earlier form attempts from this address age out
        fixtures = new Fixtures(port);
    }

    @Test
    void signUpVerifyChoosePasswordAndJoinTheOrganisationOfTheDomain() {
        Fixtures.Organisation andina = fixtures.organisation("Andina", true);
        String email = "nueva.persona@" + andina.domain();
        WebSession browser = WebSession.visitor(port, "es");
        browser.get("/registro");
        var sent = browser.post("/registro", Map.of("name", "Nueva Persona", "email", email));
        assertThat(sent.status()).isEqualTo(200);
        assertThat(sent.body()).contains("Revise su correo");
        String token = links.signUpToken(email);
        assertThat(token).hasSizeGreaterThanOrEqualTo(43); // 256 random bits, base64url

        assertThat(browser.get("/registro/verificar?token=" + token).body()).contains(email);
        var mismatch = browser.post("/registro/verificar", Map.of("token", token, "name", "Nueva Persona", "password",
                "clave-segura-1", "confirmation", "otra-clave"));
        assertThat(mismatch.body()).contains("Las contraseñas no coinciden.");
        var done = browser.post("/registro/verificar", Map.of("token", token, "name", "Nueva Persona", "password",
                "clave-segura-1", "confirmation", "clave-segura-1"));
        assertThat(done.status()).isEqualTo(302);
        assertThat(done.location()).endsWith("/tickets");
        assertThat(browser.get("/tickets").status()).isEqualTo(200);

        var me = ApiClient.anonymous(port).as(email, "clave-segura-1").get("/api/v1/me");
        assertThat(me.json().path("organizationId").asLong()).isEqualTo(andina.id());
        assertThat(me.json().path("verified").asBoolean()).isTrue();
        assertThat(WebSession.visitor(port, "es").get("/registro/verificar?token=" + token).body())
                .contains("Enlace no válido");
    }

    /** Without SMTP (the embedded default) an admin reads the verification mail in the outbox and opens its link. */
    @Test
    void withoutSmtpAdminsReadTheVerificationMailInTheOutbox() {
        String email = "sin.smtp." + System.nanoTime() + "@example.org";
        WebSession visitor = WebSession.visitor(port, "es");
        visitor.post("/registro", Map.of("name", "Sin Smtp", "email", email));
        WebSession admin = WebSession.signedIn(port, Fixtures.ADMIN_EMAIL, Fixtures.ADMIN_PASSWORD);
        String outbox = admin.get("/admin/correo").body();
        assertThat(outbox).contains(email);
        java.util.regex.Matcher link = java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(email)
                + "</td>\\s*<td><a href=\"/admin/correo/(\\d+)\"").matcher(outbox);
        assertThat(link.find()).as(outbox).isTrue();
        String page = admin.get("/admin/correo/" + link.group(1)).body();
        assertThat(page).contains(email, "/registro/verificar?token=" + links.signUpToken(email));

        Fixtures.Person customer = fixtures.customer("Curiosa", null);
        assertThat(WebSession.signedIn(port, customer.email(), Fixtures.PASSWORD).get("/admin/correo").status())
                .isEqualTo(403);
    }

    @Test
    void anExistingEmailGetsTheSameAnswerAndAMailInsteadOfAnAccount() {
        Fixtures.Person carolina = fixtures.customer("Carolina Rojas", null);
        WebSession browser = WebSession.visitor(port, "es");
        browser.get("/registro");
        String known = browser.post("/registro", Map.of("name", "Otra", "email", carolina.email())).body();
        browser.get("/registro");
        String unknown = browser.post("/registro", Map.of("name", "Otra", "email", "desconocida@example.org")).body();
        assertThat(normalised(known, carolina.email())).isEqualTo(normalised(unknown, "desconocida@example.org"));
        assertThat(links.toldAlreadyRegistered(carolina.email())).isTrue();
        assertThat(links.signUpLinkSent(carolina.email())).isFalse();
    }

    @Test
    void resetLinksAreSingleUseExpireAndDieWhenThePasswordChanges() {
        Fixtures.Person ana = fixtures.customer("Ana Torres", null);
        WebSession browser = WebSession.visitor(port, "es");
        browser.get("/contrasena/olvido");
        String unknown = browser.post("/contrasena/olvido", Map.of("email", "nadie@example.org")).body();
        browser.get("/contrasena/olvido");
        String known = browser.post("/contrasena/olvido", Map.of("email", ana.email())).body();
        assertThat(normalised(known, ana.email())).isEqualTo(normalised(unknown, "nadie@example.org"));
        String first = token(ana.email());

        clock.advance(Duration.ofMinutes(61));
        assertThat(browser.get("/contrasena/restablecer?token=" + first).body()).contains("Enlace no válido");

        browser.get("/contrasena/olvido");
        browser.post("/contrasena/olvido", Map.of("email", ana.email()));
        String second = token(ana.email());
        browser.get("/contrasena/restablecer?token=" + second);
        var reset = browser.post("/contrasena/restablecer", Map.of("token", second, "password", "nueva-clave-9",
                "confirmation", "nueva-clave-9"));
        assertThat(reset.status()).isEqualTo(302);
        assertThat(ApiClient.anonymous(port).as(ana.email(), "nueva-clave-9").get("/api/v1/me").status())
                .isEqualTo(200);
        assertThat(browser.get("/contrasena/restablecer?token=" + second).body()).contains("Enlace no válido");

        browser.get("/contrasena/olvido");
        browser.post("/contrasena/olvido", Map.of("email", ana.email()));
        String third = token(ana.email());
        assertThat(browser.get("/contrasena/restablecer?token=" + third).body()).contains("Nueva contraseña");
        passwords.change(accounts.userByEmail(ana.email()).orElseThrow().actor(), "nueva-clave-9", "otra-clave-10");
        assertThat(browser.get("/contrasena/restablecer?token=" + third).body()).contains("Enlace no válido");
    }

    @Test
    void signUpIsRateLimitedPerAddress() {
        WebSession browser = WebSession.visitor(port, "es");
        for (int i = 0; i < 5; i++) {
            browser.get("/registro");
            assertThat(browser.post("/registro", Map.of("name", "Bot", "email", "bot" + i + "@example.org")).status())
                    .isEqualTo(200);
        }
        browser.get("/registro");
        var blocked = browser.post("/registro", Map.of("name", "Bot", "email", "bot9@example.org"));
        assertThat(blocked.status()).isEqualTo(429);
        assertThat(blocked.header("Retry-After")).isNotNull();
        assertThat(blocked.body()).contains("Demasiados intentos");
    }

    private String token(String email) {
        return links.resetToken(email);
    }

    /** The page without what differs by nature: the address typed and the per-session CSRF token. */
    private static String normalised(String page, String email) {
        return page.replace(email, "X").replaceAll("(value|content)=\"[^\"]{20,}\"", "");
    }
}
