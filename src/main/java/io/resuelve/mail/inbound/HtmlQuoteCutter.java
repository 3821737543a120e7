package io.resuelve.mail.inbound;

import java.util.ArrayList;
import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.Elements;

/**
 * Finds where the quoted history starts in an HTML reply by the markup mail clients put there: Gmail's
 * {@code div.gmail_quote}, Apple Mail's {@code blockquote[type=cite]}, Outlook's {@code #divRplyFwdMsg},
 * {@code #appendonsend} and the {@code border-top} separator above its "De: / Enviado:" block, Thunderbird's
 * {@code .moz-cite-prefix}. A marker that introduces a forwarded message is not a cut.
 */
final class HtmlQuoteCutter {

    private static final String MARKERS = "div.gmail_quote, blockquote.gmail_quote, div.gmail_quote_container, "
            + "blockquote[type=cite], div.moz-cite-prefix, #divRplyFwdMsg, #appendonsend, "
            + "div[style~=(?i)border-top:\\s*solid], div.OutlookMessageHeader, div#mail-editor-reference-message-container";

    private HtmlQuoteCutter() {
    }

    /** The text above and below the first quote marker of {@code document}; {@code null} when it has none. */
    static ReplySplit cut(Document document) {
        Elements markers = document.body().select(MARKERS);
        if (markers.isEmpty()) {
            return null;
        }
        Element marker = markers.first();
        String head = HtmlText.of(marker);
        if (ReplyText.startsWithForward(TextCleanup.normalize(head.length() > 600 ? head.substring(0, 600) : head))) {
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
