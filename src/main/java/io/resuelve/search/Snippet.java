package io.resuelve.search;

import java.util.ArrayList;
import java.util.List;

import org.springframework.web.util.HtmlUtils;

/**
 * A highlighted passage as plain-text parts, some of them matches. Pages render the parts with {@code th:text}
 * (no markup from user data ever reaches the page); the API gets {@link #html()}.
 */
public record Snippet(List<Part> parts) {

    /** The highlighter's markers: private-use characters nobody types, turned into parts here. */
    static final String START = "\uE000";
    static final String END = "\uE001";

    public record Part(String text, boolean match) {
    }

    public static Snippet none() {
        return new Snippet(List.of());
    }

    /** Splits a highlighter fragment whose matches are wrapped in {@link #START}…{@link #END}. */
    static Snippet of(String fragment) {
        if (fragment == null || fragment.isBlank()) {
            return none();
        }
        List<Part> parts = new ArrayList<>();
        String rest = fragment.replaceAll("\\s+", " ").strip();
        while (!rest.isEmpty()) {
            int start = rest.indexOf(START);
            if (start < 0) {
                parts.add(new Part(rest, false));
                break;
            }
            if (start > 0) {
                parts.add(new Part(rest.substring(0, start), false));
            }
            int end = rest.indexOf(END, start);
            end = end < 0 ? rest.length() : end;
            parts.add(new Part(rest.substring(start + START.length(), end), true));
            rest = end + END.length() >= rest.length() ? "" : rest.substring(end + END.length());
        }
        return new Snippet(List.copyOf(parts));
    }

    public boolean isEmpty() {
        return parts.isEmpty();
    }

    public boolean hasMatch() {
        return parts.stream().anyMatch(Part::match);
    }

    /** The passage as text, without marks. */
    public String text() {
        StringBuilder text = new StringBuilder();
        parts.forEach(p -> text.append(p.text()));
        return text.toString();
    }

    /** HTML-escaped text with the matches in {@code <mark>}: safe to insert as HTML. */
    public String html() {
        StringBuilder html = new StringBuilder();
        for (Part part : parts) {
            String escaped = HtmlUtils.htmlEscape(part.text(), "UTF-8");
            html.append(part.match() ? "<mark>" + escaped + "</mark>" : escaped);
        }
        return html.toString();
    }
}
