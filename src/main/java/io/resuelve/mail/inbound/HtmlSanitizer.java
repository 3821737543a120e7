package io.resuelve.mail.inbound;

import java.util.Locale;
import java.util.function.Function;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Makes the HTML of a mail safe to show inside the agent and customer pages, with a jsoup allow-list: text formatting,
 * lists, tables, links and images survive; scripts, styles (elements and attributes, so nothing can be hidden or laid
 * over the page), event handlers, frames, objects, forms, {@code base}, {@code meta}, {@code link} and every URL
 * scheme other than http, https and mailto (links) or http, https and cid (images) do not.
 * <p>
 * Links open in a new tab with {@code rel="noopener noreferrer nofollow"}. A {@code cid:} image gets the URL the
 * caller's resolver gives for its Content-ID (or is dropped when it gives {@code null}). A remote image keeps its
 * address in {@code data-remote-src} instead of {@code src}, so the page loads it only when the reader asks (no
 * tracking pixels, no leaked IP address). The output is safe to sanitize again with the same result.
 */
public final class HtmlSanitizer {

    /** The resolver that leaves {@code cid:} references as they are, for a caller that maps them later. */
    public static final Function<String, String> KEEP_CID = contentId -> "cid:" + contentId;

    private static final Safelist SAFELIST = Safelist.relaxed()
            .addTags("hr", "s", "del", "ins", "mark", "abbr", "center", "font", "address", "figure", "figcaption")
            .addAttributes(":all", "dir", "lang", "title")
            .addAttributes("img", "data-remote-src")
            .addAttributes("td", "align", "valign")
            .addAttributes("th", "align", "valign")
            .addProtocols("img", "src", "cid")
            .addEnforcedAttribute("a", "rel", "noopener noreferrer nofollow")
            .addEnforcedAttribute("a", "target", "_blank");

    private HtmlSanitizer() {
    }

    /**
     * The safe HTML body fragment of {@code html}; {@code cid:} images are kept as {@code cid:} references.
     *
     * @return the sanitized fragment, empty for {@code null}
     */
    public static String sanitize(String html) {
        return sanitize(html, KEEP_CID);
    }

    /**
     * The safe HTML body fragment of {@code html}.
     *
     * @param cidUrls maps a Content-ID (without {@code cid:} and angle brackets) to the URL that serves the inline
     *                image, or to {@code null} to drop the image
     * @return the sanitized fragment, empty for {@code null}
     */
    public static String sanitize(String html, Function<String, String> cidUrls) {
        return html == null ? "" : sanitize(HtmlDocuments.parse(html), cidUrls);
    }

    /** Sanitizes an already parsed document, which it leaves unchanged. */
    static String sanitize(Document dirty, Function<String, String> cidUrls) {
        Document clean = new Cleaner(SAFELIST).clean(dirty);
        clean.outputSettings().prettyPrint(false);
        for (Element image : clean.select("img")) {
            rewrite(image, cidUrls);
        }
        return clean.body().html();
    }

    private static void rewrite(Element image, Function<String, String> cidUrls) {
        String src = image.attr("src").strip();
        String lower = src.toLowerCase(Locale.ROOT);
        if (lower.startsWith("cid:")) {
            String url = cidUrls.apply(src.substring(4).replaceAll("^<|>$", ""));
            if (url == null) {
                image.remove();
                return;
            }
            image.attr("src", url);
        } else if (lower.startsWith("http://") || lower.startsWith("https://")) {
            image.removeAttr("src").attr("data-remote-src", src);
        } else {
            image.removeAttr("src");
        }
        String remote = image.attr("data-remote-src").strip().toLowerCase(Locale.ROOT);
        if (!remote.isEmpty() && !remote.startsWith("http://") && !remote.startsWith("https://")) {
            image.removeAttr("data-remote-src");
        }
        if (!image.hasAttr("src") && !image.hasAttr("data-remote-src")) {
            image.remove();
        }
    }
}
