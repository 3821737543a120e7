package io.resuelve.macros;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code {{placeholders}}} of a macro's body. Filling them in is plain text substitution, never template
 * evaluation: a value that itself looks like a placeholder (a customer named "{{agent.name}}") stays as it is, and
 * the page or mail showing the result escapes it.
 */
public final class MacroPlaceholders {

    /** Every placeholder a body may use, in the order the form lists them. */
    public static final List<String> KNOWN = List.of("requester.name", "requester.first_name", "requester.email",
            "ticket.number", "ticket.subject", "ticket.status", "ticket.url", "organization.name", "agent.name",
            "agent.first_name", "helpdesk.name");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([^{}]*?)\\s*}}");

    private MacroPlaceholders() {
    }

    /** The placeholders in {@code body} that Resuelve does not know, each once, in order of appearance. */
    public static Set<String> unknown(String body) {
        Set<String> unknown = new LinkedHashSet<>();
        if (body == null) {
            return unknown;
        }
        Matcher matcher = PLACEHOLDER.matcher(body);
        while (matcher.find()) {
            if (!KNOWN.contains(matcher.group(1))) {
                unknown.add(matcher.group(0));
            }
        }
        return unknown;
    }

    /**
     * Fills in the known placeholders with {@code values}; a known one without a value becomes empty text, an
     * unknown one stays as written so the agent sees it before sending.
     */
    public static String render(String body, Map<String, String> values) {
        if (body == null) {
            return "";
        }
        Matcher matcher = PLACEHOLDER.matcher(body);
        StringBuilder out = new StringBuilder(body.length());
        while (matcher.find()) {
            String name = matcher.group(1);
            String replacement = KNOWN.contains(name) ? values.getOrDefault(name, "") : matcher.group(0);
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement == null ? "" : replacement));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /** The first word of a name, for {@code first_name} placeholders. */
    static String firstName(String name) {
        if (name == null || name.isBlank()) {
            return "";
        }
        String trimmed = name.strip();
        int space = trimmed.indexOf(' ');
        return space < 0 ? trimmed : trimmed.substring(0, space);
    }
}
