package io.resuelve.mail;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

import io.resuelve.shared.Language;

/**
 * A mail to queue: who gets it, in which language, and the template set
 * {@code templates/mail/<audience>/<template>.{subject,txt,html}} with its model. The model may hold user data:
 * templates escape it.
 *
 * @param to       the recipient's e-mail address
 * @param toName   their display name, or {@code null}
 * @param language the language to write in
 * @param audience whose template folder to use
 * @param template the template set's name, e.g. {@code ticket-received}
 * @param model    the template's variables
 * @param kind     how the mail declares itself automatic
 * @param ticketNumber the ticket the mail is about, if any: it is then threaded with the ticket's other mails and a
 *                 reply to it finds the ticket again
 */
public record OutgoingMail(String to, String toName, Language language, Audience audience, String template,
        Map<String, Object> model, MailKind kind, Long ticketNumber) {

    private static final Pattern TEMPLATE_NAME = Pattern.compile("[a-z][a-z0-9-]*");

    public OutgoingMail {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(audience, "audience");
        Objects.requireNonNull(kind, "kind");
        if (template == null || !TEMPLATE_NAME.matcher(template).matches()) {
            throw new IllegalArgumentException("Not a template name: " + template);
        }
        model = model == null ? Map.of() : Collections.unmodifiableMap(new HashMap<>(model));
    }

    /** A mail about no ticket in particular (sign-up, password reset). */
    public OutgoingMail(String to, String toName, Language language, Audience audience, String template,
            Map<String, Object> model, MailKind kind) {
        this(to, toName, language, audience, template, model, kind, null);
    }

    /** The same mail, threaded with ticket {@code number}'s other mails. */
    public OutgoingMail aboutTicket(long number) {
        return new OutgoingMail(to, toName, language, audience, template, model, kind, number);
    }
}
