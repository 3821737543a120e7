package io.resuelve.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.resuelve.support.ApiClient;
import io.resuelve.support.Fixtures;
import io.resuelve.support.MutableClock;
import io.resuelve.support.ResuelveIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * More than five failed sign-ins in five minutes, per IP or per e-mail, on any way of signing in: 429 with
 * Retry-After. Runs in its own context (the throttle state would block other tests) and moves the clock.
 */
@ResuelveIntegrationTest
@TestPropertySource(properties = "resuelve.security.login-failure-window=5m")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class SignInProtectionIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    Fixtures fixtures;
    Fixtures.Person customer;

    @BeforeEach
    void setUp() {
        clock.advance(Duration.ofMinutes(6)); // earlier tests' failures age out
        fixtures = new Fixtures(port);
        customer = fixtures.customer("Ana Torres", null);
    }

    @Test
    void knownAndUnknownEmailsGetTheSameAnswer() {
        var known = fixtures.anonymous().as(customer.email(), "incorrecta").get("/api/v1/me");
        var unknown = fixtures.anonymous().as("nadie@desconocido.example", "incorrecta").get("/api/v1/me");
        assertThat(known.status()).isEqualTo(401);
        assertThat(unknown.status()).isEqualTo(401);
        assertThat(known.body()).isEqualTo(unknown.body());
        assertThat(known.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void sixthBasicAttemptIsRefusedEvenWithTheRightPassword() {
        ApiClient wrong = fixtures.anonymous().as(customer.email(), "incorrecta");
        for (int i = 0; i < 5; i++) {
            assertThat(wrong.get("/api/v1/me").status()).isEqualTo(401);
        }
        var blocked = fixtures.as(customer).get("/api/v1/me");
        assertThat(blocked.status()).isEqualTo(429);
        assertThat(Long.parseLong(blocked.header("Retry-After"))).isBetween(1L, 300L);
        assertThat(blocked.text("detail")).startsWith("Demasiados intentos fallidos");

        clock.advance(Duration.ofMinutes(5).plusSeconds(1));
        assertThat(fixtures.as(customer).get("/api/v1/me").status()).isEqualTo(200);
    }

    @Test
    void failuresFromOneAddressBlockItForEveryEmail() {
        for (int i = 0; i < 5; i++) {
            fixtures.anonymous().as("intento" + i + "@desconocido.example", "x").get("/api/v1/me");
        }
        assertThat(fixtures.as(customer).get("/api/v1/me").status()).isEqualTo(429);
    }

    @Test
    void badBearerTokensCountToo() {
        for (int i = 0; i < 5; i++) {
            assertThat(fixtures.anonymous().withToken("rsv_falso" + i).get("/api/v1/me").status()).isEqualTo(401);
        }
        assertThat(fixtures.anonymous().withToken("rsv_falso").get("/api/v1/me").status()).isEqualTo(429);
    }

    @Test
    void formSignInIsProtectedByCsrfAndThrottledAndItsCookieIsHttpOnlyLax() throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> page = browser.send(HttpRequest.newBuilder(uri("/login")).build(),
                HttpResponse.BodyHandlers.ofString());
        String cookie = page.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(cookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax");
        Matcher token = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(page.body());
        assertThat(token.find()).as(page.body()).isTrue();

        assertThat(postLogin(browser, customer.email(), Fixtures.PASSWORD, null).statusCode()).isEqualTo(403);
        for (int i = 0; i < 5; i++) {
            var failed = postLogin(browser, customer.email(), "incorrecta", token.group(1));
            assertThat(failed.statusCode()).isEqualTo(302);
            assertThat(failed.headers().firstValue("Location").orElseThrow()).contains("/login?error");
        }
        var blocked = postLogin(browser, customer.email(), Fixtures.PASSWORD, token.group(1));
        assertThat(blocked.statusCode()).isEqualTo(429);
        assertThat(blocked.headers().firstValue("Retry-After")).isPresent();
    }

    private HttpResponse<String> postLogin(HttpClient browser, String email, String password, String csrf)
            throws Exception {
        String form = "username=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8)
                + (csrf == null ? "" : "&_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8));
        return browser.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
