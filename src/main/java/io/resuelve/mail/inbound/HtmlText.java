package io.resuelve.mail.inbound;

import java.util.Set;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;

/**
 * Plain text from HTML as a reader sees it: paragraphs and headings separated by an empty line, line breaks kept,
 * list items with a bullet ({@code •} or their number), table cells side by side, block quotes prefixed with
 * {@code > } (so quoted history looks the same as in a plain-text reply). Iterative, never recursive.
 */
final class HtmlText {

    private static final Set<String> SKIPPED = Set.of("head", "script", "style", "title", "template", "noscript",
            "svg", "object", "iframe", "select", "button");
    private static final Set<String> PARAGRAPHS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "table",
            "pre", "dl", "figure");
    private static final Set<String> LINES = Set.of("div", "tr", "li", "dt", "dd", "section", "article", "header",
            "footer", "address", "center", "caption", "form", "fieldset", "main", "nav", "aside", "hr");

    private HtmlText() {
    }

    /** The text of {@code root}, at most {@link TextCleanup#MAX_CHARS} characters, not yet normalised. */
    static String of(Element root) {
        return of(root, TextCleanup.MAX_CHARS);
    }

    /** The text of {@code root}, stopping after about {@code maxChars} characters. */
    static String of(Element root, int maxChars) {
        Writer writer = new Writer(maxChars);
        root.filter(writer);
        return writer.out.toString();
    }

    private static final class Writer implements NodeFilter {

        private final StringBuilder out = new StringBuilder();
        private final int maxChars;
        private int newlines;
        private boolean space;
        private boolean lineStart = true;
        private int quoteDepth;
        private int preDepth;

        Writer(int maxChars) {
            this.maxChars = maxChars;
        }

        @Override
        public FilterResult head(Node node, int depth) {
            if (out.length() > maxChars) {
                return FilterResult.STOP;
            }
            if (node instanceof TextNode) {
                write(((TextNode) node).getWholeText());
                return FilterResult.CONTINUE;
            }
            if (!(node instanceof Element)) {
                return FilterResult.CONTINUE;
            }
            String tag = node.nodeName();
            if (SKIPPED.contains(tag)) {
                return FilterResult.SKIP_ENTIRELY;
            }
            if (tag.equals("br")) {
                newlines = Math.min(newlines + 1, 2);
                lineStart = true;
            } else if (tag.equals("blockquote")) {
                block(1);
                quoteDepth++;
            } else if (tag.equals("pre")) {
                block(2);
                preDepth++;
            } else if (PARAGRAPHS.contains(tag)) {
                block(2);
            } else if (LINES.contains(tag)) {
                block(1);
                if (tag.equals("li")) {
                    Element item = (Element) node;
                    Element list = item.parent();
                    write(list != null && list.nameIs("ol") ? (item.elementSiblingIndex() + 1) + ". " : "• ");
                }
            } else if ((tag.equals("td") || tag.equals("th")) && ((Element) node).elementSiblingIndex() > 0) {
                write(" | ");
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (!(node instanceof Element)) {
                return FilterResult.CONTINUE;
            }
            String tag = node.nodeName();
            if (tag.equals("blockquote")) {
                quoteDepth--;
                block(1);
            } else if (tag.equals("pre")) {
                preDepth--;
                block(2);
            } else if (PARAGRAPHS.contains(tag)) {
                block(2);
            } else if (LINES.contains(tag)) {
                block(1);
            }
            return FilterResult.CONTINUE;
        }

        private void block(int lines) {
            if (out.length() > 0) {
                newlines = Math.max(newlines, lines);
                lineStart = true;
            }
            space = false;
        }

        private void write(String text) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (preDepth > 0 && c == '\n') {
                    newlines = Math.min(newlines + 1, 2);
                    lineStart = true;
                } else if (preDepth == 0 && (Character.isWhitespace(c) || c == '\u00a0')) {
                    space = !lineStart;
                } else {
                    character(c);
                }
            }
        }

        private void character(char c) {
            if (newlines > 0 && out.length() > 0) {
                out.append("\n".repeat(newlines));
            }
            if (lineStart) {
                out.append("> ".repeat(quoteDepth));
                space = false;
            } else if (space) {
                out.append(' ');
            }
            newlines = 0;
            space = false;
            lineStart = false;
            out.append(c);
        }
    }
}
