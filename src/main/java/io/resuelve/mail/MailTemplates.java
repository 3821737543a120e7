package io.resuelve.mail;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;

import io.resuelve.shared.Language;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders a mail's template set {@code templates/mail/<audience>/<name>.{subject,txt,html}} in the recipient's
 * language, with texts from the {@code messages/mail} bundles. The engine is private to mail: were it a bean, Spring
 * Boot would drop the web pages' own engine.
 */
@Component
class MailTemplates {

    /** A rendered mail: a one-line subject, a complete plain-text version and the HTML version. */
    record RenderedMail(String subject, String text, String html) {
    }

    private final SpringTemplateEngine engine = new SpringTemplateEngine();

    MailTemplates(MessageSource messages) {
        engine.addTemplateResolver(resolver(TemplateMode.HTML, "*.html", 1));
        engine.addTemplateResolver(resolver(TemplateMode.TEXT, "*.txt", 2));
        engine.addTemplateResolver(resolver(TemplateMode.TEXT, "*.subject", 3));
        engine.setTemplateEngineMessageSource(messages);
    }

    private static ClassLoaderTemplateResolver resolver(TemplateMode mode, String pattern, int order) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/mail/");
        resolver.setResolvablePatterns(Set.of(pattern));
        resolver.setTemplateMode(mode);
        resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
        resolver.setOrder(order);
        resolver.setCheckExistence(true);
        return resolver;
    }

    RenderedMail render(Audience audience, String name, Language language, Map<String, Object> model) {
        Context context = new Context(language.locale(), model);
        String base = audience.folder() + "/" + name;
        return new RenderedMail(MailHeaders.sanitize(engine.process(base + ".subject", context)),
                engine.process(base + ".txt", context), engine.process(base + ".html", context));
    }
}
