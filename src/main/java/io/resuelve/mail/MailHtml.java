package io.resuelve.mail;

import java.util.Map;

import io.resuelve.mail.inbound.HtmlSanitizer;

/**
 * The HTML of a mail as a page may show it. Incoming HTML is sanitized once at ingestion, before it is stored; pages
 * pass it through here again before rendering it unescaped, as defence in depth: the result keeps no scripts, no
 * styles that load anything, no event handlers, and remote images only as {@code data-remote-src} (loaded when the
 * reader asks). Inline {@code cid:} images are shown from the files they arrived as, when the page names them.
 */
public final class MailHtml {

    private MailHtml() {
    }

    /** The safe fragment, without inline images, or {@code null} when there is no HTML to show. */
    public static String forDisplay(String html) {
        return forDisplay(html, Map.of());
    }

    /**
     * The safe fragment, or {@code null} when there is no HTML to show.
     *
     * @param inlineImages the URL of each inline image by its Content-ID (without {@code cid:} and angle brackets);
     *                     a {@code cid:} image not in it is left out
     */
    public static String forDisplay(String html, Map<String, String> inlineImages) {
        if (html == null || html.isBlank()) {
            return null;
        }
        String clean = HtmlSanitizer.sanitize(html, inlineImages::get);
        return clean.isBlank() ? null : clean;
    }
}
