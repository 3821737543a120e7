package io.resuelve.mail.inbound;

/**
 * Decodes {@code text/plain; format=flowed} (RFC 3676), which Thunderbird and Apple Mail send: a line ending in a
 * space continues on the next line of the same quote depth, so paragraphs are joined again instead of staying
 * hard-wrapped at 72 columns. Quote markers are normalised to {@code > } per level.
 */
final class FlowedText {

    private FlowedText() {
    }

    /** The unwrapped text; {@code delSp} removes the space that marks a soft break (RFC 3676 DelSp=yes). */
    static String decode(String text, boolean delSp) {
        String[] lines = text.replace("\r\n", "\n").split("\n", -1);
        StringBuilder out = new StringBuilder(text.length());
        StringBuilder paragraph = new StringBuilder();
        int paragraphDepth = -1;
        for (String raw : lines) {
            int depth = 0;
            while (depth < raw.length() && raw.charAt(depth) == '>') {
                depth++;
            }
            String line = raw.substring(depth);
            if (line.startsWith(" ")) {
                line = line.substring(1); // space-stuffing
            }
            if (paragraphDepth >= 0 && depth != paragraphDepth) {
                emit(out, paragraph, paragraphDepth);
                paragraphDepth = -1;
            }
            boolean flowed = line.endsWith(" ") && !line.equals("-- ");
            if (flowed && delSp) {
                line = line.substring(0, line.length() - 1);
            }
            paragraph.append(line);
            paragraphDepth = depth;
            if (!flowed) {
                emit(out, paragraph, depth);
                paragraphDepth = -1;
            }
        }
        if (paragraphDepth >= 0) {
            emit(out, paragraph, paragraphDepth);
        }
        return out.length() > 0 ? out.substring(0, out.length() - 1) : "";
    }

    private static void emit(StringBuilder out, StringBuilder paragraph, int depth) {
        if (depth > 0) {
            out.append(">".repeat(depth)).append(' ');
        }
        out.append(paragraph).append('\n');
        paragraph.setLength(0);
    }
}
