package io.resuelve.mail;

import io.resuelve.mail.inbound.HtmlSanitizer;

/**
 * The HTML of a mail as a page may show it. Incoming HTML is sanitized once at ingestion, before it is stored; pages
 * pass it through here again before rendering it unescaped, as defence in depth: the result keeps no scripts, no
 * styles that load anything, no event handlers, and remote images only as {@code data-remote-src} (loaded when the
 * reader asks). Inline {@code cid:} images are left out: their attachments are listed under the message.
 */
public final class MailHtml {

    private MailHtml() {
    }

    /** The safe fragment, or {@code null} when there is no HTML to show. */
    public static String forDisplay(String html) {
        if (html == null || html.isBlank()) {
            return null;
        }
        String clean = HtmlSanitizer.sanitize(html, contentId -> null);
        return clean.isBlank() ? null : clean;
    }
}
