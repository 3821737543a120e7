package io.resuelve.mail.inbound;

/**
 * Normalises body text in one linear pass: {@code \n} line ends, no control characters, no trailing blanks, runs of
 * blanks inside a line shortened, at most one empty line in a row, at most {@value #MAX_CHARS} characters. Megabytes
 * of whitespace thereby shrink to nothing before anything else reads the text.
 */
final class TextCleanup {

    static final int MAX_CHARS = 200_000;
    private static final int MAX_BLANK_RUN = 16;

    private TextCleanup() {
    }

    /** The normalised text; empty for {@code null}. */
    static String normalize(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(Math.min(text.length(), MAX_CHARS + 1));
        int newlines = 0;
        int blanks = 0;
        for (int i = 0; i < text.length() && out.length() <= MAX_CHARS; i++) {
            char c = text.charAt(i);
            if (c == '\r' || c == '\n' || c == '\u2028' || c == '\u2029' || c == '\u0085') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                newlines++;
                blanks = 0;
            } else if (c == ' ' || c == '\t' || c == '\u00a0' || c == '\u3000' || c == '\u200b' || c == '\ufeff') {
                blanks += c == '\u200b' || c == '\ufeff' ? 0 : 1;
            } else if (Character.isISOControl(c) || c == '\u202e' || c == '\u202d') {
                continue; // control characters and bidi overrides carry nothing a reader should see
            } else {
                if (out.length() > 0 && newlines > 0) {
                    out.append(newlines > 1 ? "\n\n" : "\n");
                }
                if (blanks > 0 && out.length() > 0) {
                    out.append(" ".repeat(Math.min(blanks, MAX_BLANK_RUN)));
                }
                newlines = 0;
                blanks = 0;
                out.append(c);
            }
        }
        return out.length() > MAX_CHARS ? out.substring(0, MAX_CHARS) : out.toString();
    }

    /** Whether {@link #normalize} would cut {@code text}. */
    static boolean tooLong(String normalized) {
        return normalized.length() >= MAX_CHARS;
    }
}
