package io.resuelve.mail.inbound;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * Finds where the quoted history starts in an HTML reply by the markup mail clients put there: Gmail's
 * {@code div.gmail_quote}, Apple Mail's {@code blockquote[type=cite]}, Outlook's {@code #divRplyFwdMsg},
 * {@code #appendonsend} and the {@code border-top} separator above its "De: / Enviado:" block, Thunderbird's
 * {@code .moz-cite-prefix}. A marker that introduces a forwarded message is not a cut.
 */
final class HtmlQuoteCutter {

    private static final String MARKERS = "div.gmail_quote, blockquote.gmail_quote, div.gmail_quote_container, "
            + "blockquote[type=cite], div.moz-cite-prefix, #divRplyFwdMsg, #appendonsend, div.OutlookMessageHeader, "
            + "div#mail-editor-reference-message-container";
    private static final String BORDER_TOP = "div[style~=(?i)border-top:\\s*solid]";
    private static final int MAX_CANDIDATES = 20;
    private static final int HEAD_CHARS = 600;

    private static final Pattern FROM_LABEL = Pattern.compile("^\\*{0,2}(?:from|de)\\*{0,2}\\s?:",
            Pattern.CASE_INSENSITIVE);

    private HtmlQuoteCutter() {
    }

    /** The text above and below the first quote marker of {@code document}; {@code null} when it has none. */
    static ReplySplit cut(Document document) {
        Element marker = null;
        int tried = 0;
        for (Element candidate : document.body().select(MARKERS + ", " + BORDER_TOP)) {
            if (++tried > MAX_CANDIDATES) {
                return null;
            }
            String head = TextCleanup.normalize(HtmlText.of(candidate, HEAD_CHARS));
            if (ReplyText.startsWithForward(head)) {
                return null; // the forwarded message is the content
            }
            if (candidate.is(MARKERS) || FROM_LABEL.matcher(head).find()) {
                marker = candidate;
                break;
            }
            // A border-top box is Outlook's separator only when the "De:" / "From:" block is inside it.
        }
        if (marker == null) {
            return null;
        }
        Element quoted = document.createElement("div");
        for (Node node : fromHereOn(marker, document.body())) {
            quoted.appendChild(node);
        }
        return new ReplySplit(TextCleanup.normalize(HtmlText.of(document.body())),
                TextCleanup.normalize(HtmlText.of(quoted)), false);
    }

    /** {@code start}, its later siblings and the later siblings of every ancestor below {@code root}, in order. */
    private static List<Node> fromHereOn(Element start, Element root) {
        List<Node> nodes = new ArrayList<>();
        Node current = start;
        nodes.add(start);
        while (current != null && current != root) {
            for (Node sibling = current.nextSibling(); sibling != null; sibling = sibling.nextSibling()) {
                nodes.add(sibling);
            }
            current = current.parent();
        }
        return nodes;
    }
}
