package io.resuelve.mail.inbound;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;

/**
 * Parses mail HTML with jsoup under limits: at most {@value #MAX_CHARS} characters are read and elements nest at most
 * {@value #MAX_DEPTH} deep (deeper ones become siblings), so nothing downstream walks an unbounded tree.
 */
final class HtmlDocuments {

    static final int MAX_CHARS = 4_000_000;
    static final int MAX_DEPTH = 100;

    private HtmlDocuments() {
    }

    static Document parse(String html) {
        String input = html.length() > MAX_CHARS ? html.substring(0, MAX_CHARS) : html;
        Parser parser = Parser.htmlParser().setMaxDepth(MAX_DEPTH);
        Document document = Jsoup.parse(input, "", parser);
        // A <base href> would make relative (meaningless) URLs absolute and let them through the allow-list.
        document.select("base").remove();
        document.setBaseUri("");
        document.outputSettings().prettyPrint(false);
        return document;
    }
}
