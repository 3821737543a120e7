package io.resuelve.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import io.resuelve.support.Fixtures;
import io.resuelve.support.ResuelveIntegrationTest;
import io.resuelve.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Admins reword the home page's "¿Cómo contactarnos?" per language; a blank text brings back the default. */
@ResuelveIntegrationTest
class ContactTextsAdminIntegrationTests {

    private static final String DEFAULT_CHAT = "Para requerimientos urgentes o que necesitan revisión inmediata";
    private static final String DEFAULT_CHAT_EN = "For urgent requests or those that need an immediate look";

    @LocalServerPort
    int port;

    @Test
    void anAdminRewordsTheSpanishChatTextAndBlankBringsBackTheDefault() {
        WebSession admin = WebSession.signedIn(port, Fixtures.ADMIN_EMAIL, Fixtures.ADMIN_PASSWORD);
        var home = admin.get("/admin");
        assertThat(home.status()).isEqualTo(200);
        assertThat(home.body()).contains("href=\"/admin/contacto\"").contains("Textos de contacto");
        var page = admin.get("/admin/contacto");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"text-es-chat\"").contains("id=\"text-en-chat\"")
                .contains("id=\"text-pt-chat\"").contains(DEFAULT_CHAT);

        String custom = "Para urgencias, escríbanos por el chat: respondemos en menos de 15 minutos.";
        var saved = admin.post("/admin/contacto", Map.of("language", "ES", "chat", custom));
        assertThat(saved.status()).as(saved.toString()).isEqualTo(302);
        assertThat(saved.location()).endsWith("/admin/contacto");
        assertThat(admin.get("/admin/contacto").body()).contains("Se guardaron los textos de contacto en español.")
                .contains(custom).contains("Texto personalizado");
        assertThat(WebSession.visitor(port, "es").get("/").body()).contains(custom).doesNotContain(DEFAULT_CHAT);
        assertThat(WebSession.visitor(port, "en").get("/").body()).contains(DEFAULT_CHAT_EN).doesNotContain(custom);

        var restored = admin.post("/admin/contacto", Map.of("language", "ES", "chat", "  "));
        assertThat(restored.status()).isEqualTo(302);
        assertThat(WebSession.visitor(port, "es").get("/").body()).contains(DEFAULT_CHAT).doesNotContain(custom);
    }

    @Test
    void aTooLongTextIsRefusedInTheFormWithWhatWasWritten() {
        WebSession admin = WebSession.signedIn(port, Fixtures.ADMIN_EMAIL, Fixtures.ADMIN_PASSWORD);
        String tooLong = "Escríbanos. ".repeat(200);

        var refused = admin.post("/admin/contacto", Map.of("language", "PT", "email", tooLong));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("role=\"alert\"").contains("El texto admite como máximo 2.000 caracteres.")
                .contains("aria-invalid=\"true\"").contains(tooLong.strip());
        assertThat(WebSession.visitor(port, "pt").get("/").body()).doesNotContain("Escríbanos.");
    }

    @Test
    void customersMayNotOpenOrPostTheAdminPages() {
        Fixtures fixtures = new Fixtures(port);
        Fixtures.Person customer = fixtures.customer("Mariana López", fixtures.organisation("Rioplatense", true));
        WebSession session = WebSession.signedIn(port, customer.email(), Fixtures.PASSWORD);

        assertThat(session.get("/admin").status()).isEqualTo(403);
        assertThat(session.get("/admin/contacto").status()).isEqualTo(403);
        assertThat(session.post("/admin/contacto", Map.of("language", "ES", "chat", "Hackeado")).status())
                .isEqualTo(403);
        assertThat(WebSession.visitor(port, "es").get("/").body()).doesNotContain("Hackeado");
    }
}
