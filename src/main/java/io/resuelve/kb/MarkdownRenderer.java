package io.resuelve.kb;

import java.util.List;
import java.util.Locale;

import org.commonmark.Extension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Turns an article's Markdown into HTML that is safe to show: CommonMark (with GitHub tables and strikethrough),
 * then a jsoup allow-list. Scripts, styles, event handlers, frames, forms and every URL scheme other than http,
 * https and mailto (links) are dropped; relative links and images stay, so articles can point at each other and at
 * their uploaded files. Links to other sites open in a new tab without a referrer; images from other sites (which
 * the content security policy would block anyway) become links.
 * <p>
 * The mail sanitizer is not reused on purpose: it removes relative images and defers remote ones, which is right
 * for mail from strangers and wrong for articles written by staff that embed files of this help desk.
 */
final class MarkdownRenderer {

    private static final String BASE = "https://kb.invalid/";

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create(),
            StrikethroughExtension.create());

    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();

    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().extensions(EXTENSIONS)
            .sanitizeUrls(true).build();

    private static final Safelist SAFELIST = Safelist.relaxed()
            .addTags("hr", "s", "del", "ins", "mark", "kbd", "abbr", "figure", "figcaption", "details", "summary")
            .addAttributes(":all", "title")
            .addAttributes("code", "class")
            .addAttributes("th", "align")
            .addAttributes("td", "align")
            .removeProtocols("a", "href", "ftp")
            .preserveRelativeLinks(true);

    private MarkdownRenderer() {
    }

    /** The safe HTML of {@code markdown}; empty for {@code null}. */
    static String render(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        String html = RENDERER.render(PARSER.parse(markdown));
        Document clean = new Cleaner(SAFELIST).clean(Jsoup.parseBodyFragment(html, BASE));
        clean.outputSettings().prettyPrint(false);
        for (Element link : clean.select("a[href]")) {
            String href = link.attr("href");
            if (href.startsWith(BASE)) {
                link.attr("href", "/" + href.substring(BASE.length()));
            } else if (isExternal(href)) {
                link.attr("rel", "noopener noreferrer nofollow").attr("target", "_blank");
            }
        }
        for (Element image : clean.select("img")) {
            String src = image.attr("src");
            if (src.startsWith(BASE)) {
                image.attr("src", "/" + src.substring(BASE.length())).attr("loading", "lazy")
                        .addClass("img-fluid");
            } else if (src.startsWith("/") && !src.startsWith("//")) {
                image.attr("loading", "lazy").addClass("img-fluid");
            } else if (isExternal(src)) {
                Element link = new Element("a").attr("href", src)
                        .attr("rel", "noopener noreferrer nofollow").attr("target", "_blank")
                        .text(image.attr("alt").isBlank() ? src : image.attr("alt"));
                image.replaceWith(link);
            } else {
                image.remove();
            }
        }
        clean.select("table").addClass("table").addClass("table-sm");
        return clean.body().html();
    }

    private static boolean isExternal(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }
}
