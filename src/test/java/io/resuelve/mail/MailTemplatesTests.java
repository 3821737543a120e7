package io.resuelve.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

import io.resuelve.mail.MailTemplates.RenderedMail;
import io.resuelve.shared.Language;
import io.resuelve.tickets.TicketStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Every template set renders in every language, completely, with user data escaped. */
class MailTemplatesTests {

    private static final String LINK = "https://ayuda.example/registro/verificar?token=abc&x=1";

    private final MailTemplates templates = new MailTemplates(messages());

    static ResourceBundleMessageSource messages() {
        // As configured in application.properties.
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("messages/messages", "messages/mail");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    static Stream<Arguments> everyTemplateInEveryLanguage() {
        return Stream.of("verify-email", "existing-account", "password-reset", "ticket-received", "ticket-reply",
                "ticket-resolved", "ticket-rejected", "ticket-returned", "mail-sign-up", "mail-too-large")
                .flatMap(name -> Stream.of(Language.values()).map(language -> Arguments.of(name, language)));
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("everyTemplateInEveryLanguage")
    void rendersEveryPartWithoutUnresolvedMessages(String name, Language language) {
        RenderedMail mail = templates.render(Audience.CUSTOMER, name, language, model(language, "Carolina Rojas",
                "No se cargan los pedidos"));

        assertThat(mail.subject()).isNotBlank().doesNotContain("??", "\n", "[(", "#{");
        assertThat(mail.text()).isNotBlank().doesNotContain("??", "[(", "#{", "<p").contains("Carolina Rojas");
        assertThat(mail.html()).isNotBlank().doesNotContain("??", " th:", "xmlns:th", "#{").contains("Carolina Rojas")
                .contains("lang=\"" + language.tag() + "\"").doesNotContain("<img", "<link", "<script");
        String link = name.equals("existing-account") ? "https://ayuda.example/login" : LINK;
        assertThat(mail.text()).contains(link);
        assertThat(mail.html()).contains(link.replace("&", "&amp;"));
    }

    @Test
    void writesEachLanguageInItsOwnWords() {
        assertThat(templates.render(Audience.CUSTOMER, "ticket-received", Language.ES, model(Language.ES, "Ana", "Hola"))
                .subject()).isEqualTo("[Ticket #1001] Recibimos su solicitud: Hola");
        assertThat(templates.render(Audience.CUSTOMER, "ticket-received", Language.EN, model(Language.EN, "Ana", "Hi"))
                .subject()).isEqualTo("[Ticket #1001] We received your request: Hi");
        assertThat(templates.render(Audience.CUSTOMER, "ticket-received", Language.PT, model(Language.PT, "Ana", "Oi"))
                .subject()).isEqualTo("[Ticket #1001] Recebemos sua solicitação: Oi");
        assertThat(templates.render(Audience.CUSTOMER, "ticket-received", Language.ES, model(Language.ES, "Ana", "Hola"))
                .text()).contains("Hola, Ana:", "Estado: Abierto", "#1001", "Soporte Resuelve");
    }

    @Test
    void escapesUserDataInTheHtmlVersion() {
        RenderedMail mail = templates.render(Audience.CUSTOMER, "ticket-received", Language.ES,
                model(Language.ES, "<script>alert('nombre')</script>", "<b>Urgente</b> & \"más\""));

        assertThat(mail.html()).doesNotContain("<script>", "<b>Urgente</b>")
                .contains("&lt;script&gt;", "&lt;b&gt;Urgente&lt;/b&gt; &amp; &quot;más&quot;");
        assertThat(mail.text()).contains("<b>Urgente</b> & \"más\"");
    }

    private static Map<String, Object> model(Language language, String name, String subject) {
        Map<String, Object> model = new HashMap<>();
        model.put("recipientName", name);
        model.put("supportName", "Soporte Resuelve");
        model.put("lang", language.tag());
        model.put("link", LINK);
        model.put("expires", "2 de marzo de 2026, 8:00 (hora de Colombia)");
        model.put("loginLink", "https://ayuda.example/login");
        model.put("resetLink", "https://ayuda.example/contrasena/olvido");
        model.put("number", 1001L);
        model.put("subject", subject);
        model.put("summary", "Los pedidos no se están cargando en la ruta 1.");
        model.put("statusKey", TicketStatus.NEW.customerLabelKey());
        model.put("waitingOnCustomer", true);
        model.put("agentName", "Martín Gómez");
        model.put("reply", "Ya revisamos la ruta 1.");
        model.put("askConfirmation", true);
        model.put("reason", "El equipo no es de nuestra marca.");
        model.put("message", "Nos falta:\n- RUT");
        model.put("size", 31.2);
        model.put("limit", 25.0);
        return model;
    }
}
