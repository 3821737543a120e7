package io.resuelve.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser's side of the pages over real HTTP, without a browser: a cookie jar (the session), the sign-in form,
 * and form posts that carry the CSRF token the pages hand out. Redirects are not followed, so tests see them.
 */
public final class WebSession {

    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;
    private final String language;

    private WebSession(int port, String language) {
        this.base = "http://localhost:" + port;
        this.language = language;
    }

    /** A visitor whose browser asks for {@code language} (es, en, pt). */
    public static WebSession visitor(int port, String language) {
        return new WebSession(port, language);
    }

    /** A Spanish-speaking browser signed in with the sign-in form. */
    public static WebSession signedIn(int port, String email, String password) {
        WebSession session = new WebSession(port, "es");
        Page answer = session.post("/login", Map.of("username", email, "password", password));
        assertThat(answer.status()).as(answer.toString()).isEqualTo(302);
        assertThat(answer.location()).as("sign-in of " + email).doesNotContain("error");
        return session;
    }

    public Page get(String path) {
        return send(request(path).GET());
    }

    /** Posts a form, with the CSRF token of a page freshly opened in this session. */
    public Page post(String path, Map<String, String> fields) {
        Map<String, String> form = new LinkedHashMap<>(fields);
        form.put("_csrf", csrfToken());
        String body = form.entrySet().stream().map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
        return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Posts a multipart form with one file, as a file input named {@code field} sends it. */
    public Page upload(String path, String field, String filename, String declaredType, byte[] content) {
        String boundary = "resuelve-" + UUID.randomUUID();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrfToken()
                + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\""
                + filename + "\"\r\nContent-Type: " + declaredType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        out.writeBytes(content);
        out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray())));
    }

    /** The CSRF token of this session, as the layout puts it in every page. */
    public String csrfToken() {
        Page page = get("/");
        Matcher token = CSRF.matcher(page.body());
        assertThat(token.find()).as("CSRF token on " + page).isTrue();
        return token.group(1);
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Accept-Language", language);
    }

    private Page send(HttpRequest.Builder builder) {
        try {
            HttpResponse<byte[]> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Page(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** An answer: status, headers and body. */
    public record Page(int status, HttpHeaders headers, byte[] bytes) {

        public String body() {
            return new String(bytes, StandardCharsets.UTF_8);
        }

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        public String location() {
            return header("Location");
        }

        @Override
        public String toString() {
            return status + " " + (body().length() > 2000 ? body().substring(0, 2000) + "…" : body());
        }
    }
}
