package io.resuelve.mail.inbound;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Header values as plain one-line text. Decodes RFC 2047 encoded words itself rather than through
 * {@code MimeUtility.decodeText}, which throws on an unknown charset, reads ISO-8859-1 words as ISO-8859-1 (losing
 * windows-1252's €) and cannot join a multi-byte character split over two adjacent words.
 */
final class HeaderText {

    private static final Pattern ENCODED_WORD = Pattern.compile("=\\?([^?\\s]{1,60})\\?([BbQq])\\?([^?\\s]*)\\?=");
    private static final Pattern UNSAFE = Pattern.compile("[\\p{Cc}\\u2028\\u2029\\u200e\\u200f\\u202a-\\u202e]+");
    private static final Pattern BLANK = Pattern.compile("[\\s\\u00a0]+");
    private static final Pattern ID = Pattern.compile("<([^<>\\s]{1,500})>");
    private static final int MAX_LENGTH = 2_000;

    private HeaderText() {
    }

    /** The value on one line: raw 8-bit bytes decoded, encoded words decoded, controls and separators removed. */
    static String decode(String raw) {
        if (raw == null) {
            return null;
        }
        String value = raw.length() > 4 * MAX_LENGTH ? raw.substring(0, 4 * MAX_LENGTH) : raw;
        return oneLine(decodeWords(Charsets.raw8bit(value)));
    }

    /** Controls, line and paragraph separators and bidi overrides removed, blanks collapsed, at most 2,000 chars. */
    static String oneLine(String text) {
        if (text == null) {
            return null;
        }
        String line = BLANK.matcher(UNSAFE.matcher(text).replaceAll(" ")).replaceAll(" ").strip();
        return line.length() > MAX_LENGTH ? line.substring(0, MAX_LENGTH) : line;
    }

    /** Decodes every RFC 2047 encoded word; blanks between two adjacent words disappear, as the RFC says. */
    static String decodeWords(String text) {
        if (text == null || !text.contains("=?")) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        Matcher m = ENCODED_WORD.matcher(text);
        int last = 0;
        String pendingCharset = null;
        ByteArrayOutputStream pending = new ByteArrayOutputStream();
        while (m.find()) {
            String between = text.substring(last, m.start());
            boolean adjacent = pendingCharset != null && between.isBlank();
            if (!adjacent) {
                flush(out, pending, pendingCharset);
                pendingCharset = null;
                out.append(between);
            }
            String charset = m.group(1);
            if (pendingCharset != null && !pendingCharset.equalsIgnoreCase(charset)) {
                flush(out, pending, pendingCharset);
            }
            pendingCharset = charset;
            byte[] bytes = "B".equalsIgnoreCase(m.group(2)) ? base64(m.group(3)) : quoted(m.group(3));
            pending.write(bytes, 0, bytes.length);
            last = m.end();
        }
        flush(out, pending, pendingCharset);
        out.append(text, last, text.length());
        return out.toString();
    }

    private static void flush(StringBuilder out, ByteArrayOutputStream pending, String charset) {
        if (pending.size() > 0) {
            out.append(Charsets.decode(pending.toByteArray(), charset));
            pending.reset();
        }
    }

    private static byte[] base64(String text) {
        String clean = text.replaceAll("[^A-Za-z0-9+/]", "");
        if (clean.length() % 4 == 1) {
            clean = clean.substring(0, clean.length() - 1);
        }
        while (clean.length() % 4 != 0) {
            clean += "=";
        }
        try {
            return Base64.getDecoder().decode(clean);
        } catch (IllegalArgumentException e) {
            return text.getBytes(StandardCharsets.US_ASCII);
        }
    }

    private static byte[] quoted(String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '_') {
                bytes.write(' ');
            } else if (c == '=' && i + 2 < text.length() && isHex(text.charAt(i + 1)) && isHex(text.charAt(i + 2))) {
                bytes.write(Integer.parseInt(text.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                bytes.write(c);
            }
        }
        return bytes.toByteArray();
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0;
    }

    /** The first {@code <id>} of a Message-ID style header without brackets; the bare value when it has none. */
    static String firstId(String raw) {
        List<String> ids = ids(raw);
        return ids.isEmpty() ? null : ids.get(0);
    }

    /** Every {@code <id>} of an In-Reply-To or References header, without brackets, in order; at most 100. */
    static List<String> ids(String raw) {
        List<String> ids = new ArrayList<>();
        if (raw == null) {
            return ids;
        }
        Matcher m = ID.matcher(raw);
        while (m.find() && ids.size() < 100) {
            ids.add(m.group(1));
        }
        if (ids.isEmpty() && !raw.isBlank() && raw.strip().indexOf(' ') < 0 && raw.strip().length() <= 500) {
            ids.add(oneLine(raw));
        }
        return ids;
    }
}
