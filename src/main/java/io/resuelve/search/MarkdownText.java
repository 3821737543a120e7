package io.resuelve.search;

import java.util.regex.Pattern;

/** The words of a Markdown text, without its markup: what is indexed and what a snippet shows. */
final class MarkdownText {

    private static final Pattern FENCE = Pattern.compile("(?m)^\\s*(```|~~~).*$");
    private static final Pattern IMAGE = Pattern.compile("!\\[([^\\]]*)]\\([^)]*\\)");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)]\\([^)]*\\)");
    private static final Pattern REFERENCE = Pattern.compile("(?m)^\\s*\\[[^\\]]+]:\\s*\\S+.*$");
    private static final Pattern TAG = Pattern.compile("<[^>]{1,200}>");
    private static final Pattern LINE_MARK = Pattern.compile("(?m)^\\s{0,3}(#{1,6}\\s+|>\\s?|[-*+]\\s+|\\d+[.)]\\s+)");
    private static final Pattern RULE = Pattern.compile("(?m)^\\s*([-*_]\\s*){3,}$");
    private static final Pattern EMPHASIS = Pattern.compile("(\\*{1,3}|_{1,3}|~~|`+)");
    private static final Pattern TABLE = Pattern.compile("(?m)^\\s*\\|?\\s*:?-{3,}.*$|\\|");

    private MarkdownText() {
    }

    static String plain(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        String text = FENCE.matcher(markdown).replaceAll("");
        text = IMAGE.matcher(text).replaceAll("$1");
        text = LINK.matcher(text).replaceAll("$1");
        text = REFERENCE.matcher(text).replaceAll("");
        text = TAG.matcher(text).replaceAll(" ");
        text = RULE.matcher(text).replaceAll("");
        text = LINE_MARK.matcher(text).replaceAll("");
        text = TABLE.matcher(text).replaceAll(" ");
        text = EMPHASIS.matcher(text).replaceAll("");
        return text.replaceAll("[ \\t]+", " ").replaceAll("\\s*\\n\\s*", "\n").strip();
    }
}
