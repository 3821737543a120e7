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
    /** About two lines of a results page. */
    static final int MAX_CHARS = 200;
    /** Words shown before the first match when a passage is cut. */
    private static final int LEAD = 50;

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
        return shorten(parts, MAX_CHARS);
    }

    /**
     * At most about {@code max} characters of the passage, from a little before its first match, cut between words
     * and marked with an ellipsis where cut: the highlighter returns whole sentences, which can be long.
     */
    static Snippet shorten(List<Part> parts, int max) {
        int length = 0;
        int firstMatch = -1;
        for (Part part : parts) {
            if (part.match() && firstMatch < 0) {
                firstMatch = length;
            }
            length += part.text().length();
        }
        if (length <= max) {
            return new Snippet(List.copyOf(parts));
        }
        String text = new Snippet(parts).text();
        int start = firstMatch <= LEAD ? 0 : Math.min(firstMatch, wordStart(text, firstMatch - LEAD));
        int end = Math.min(length, start + max);
        if (end < length) {
            int space = text.lastIndexOf(' ', end);
            end = space > start + max / 2 && space >= firstMatch ? space : end;
        }
        List<Part> cut = new ArrayList<>();
        if (start > 0) {
            cut.add(new Part("…", false));
        }
        int offset = 0;
        for (Part part : parts) {
            int from = Math.max(start, offset);
            int to = Math.min(end, offset + part.text().length());
            if (from < to) {
                cut.add(new Part(part.text().substring(from - offset, to - offset), part.match()));
            }
            offset += part.text().length();
        }
        if (end < length) {
            cut.add(new Part("…", false));
        }
        return new Snippet(List.copyOf(cut));
    }

    private static int wordStart(String text, int from) {
        int space = text.indexOf(' ', from);
        return space < 0 ? from : space + 1;
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
