package io.resuelve.mail.inbound;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Turns bytes into text the way browsers do: ISO-8859-1 and US-ASCII labels mean windows-1252 (mailers label
 * windows-1252 text, with its € and curly quotes in 0x80–0x9F, as ISO-8859-1), an unknown or missing label means
 * UTF-8 when the bytes are valid UTF-8 and windows-1252 otherwise, and so does a UTF-8 label on bytes that are not
 * UTF-8 at all.
 */
final class Charsets {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private Charsets() {
    }

    /** Decodes {@code bytes} labelled {@code label} (may be {@code null}); never throws. */
    static String decode(byte[] bytes, String label) {
        Charset charset = forLabel(label);
        if (charset == null || charset.equals(StandardCharsets.UTF_8)) {
            return isUtf8(bytes) ? new String(bytes, StandardCharsets.UTF_8) : mostlyUtf8(bytes);
        }
        return new String(bytes, charset);
    }

    /**
     * Bytes that are not valid UTF-8: windows-1252 when no UTF-8 sequence decodes among them (a mislabelled Latin
     * text), otherwise UTF-8 with a replacement character for the few stray bytes (one bad byte must not turn every
     * accent of a UTF-8 text into mojibake).
     */
    private static String mostlyUtf8(byte[] bytes) {
        String utf8 = new String(bytes, StandardCharsets.UTF_8);
        for (int i = 0; i < utf8.length(); i++) {
            char c = utf8.charAt(i);
            if (c > 0x7f && c != '\ufffd') {
                return utf8;
            }
        }
        return new String(bytes, WINDOWS_1252);
    }

    /** The charset for a MIME label, ISO-8859-1 and ASCII read as windows-1252; {@code null} when unknown. */
    static Charset forLabel(String label) {
        if (label == null) {
            return null;
        }
        String name = label.strip().replace("\"", "").replace("'", "").toLowerCase(Locale.ROOT);
        int language = name.indexOf('*'); // RFC 2231 language suffix: utf-8*es
        if (language >= 0) {
            name = name.substring(0, language);
        }
        switch (name) {
            case "iso-8859-1", "iso8859-1", "iso_8859-1", "latin1", "latin-1", "l1", "us-ascii", "ascii", "cp819",
                    "ansi_x3.4-1968", "windows-1252", "cp1252", "x-cp1252" -> {
                return WINDOWS_1252;
            }
            case "utf8", "utf-8", "unicode-1-1-utf-8" -> {
                return StandardCharsets.UTF_8;
            }
            case "ks_c_5601-1987" -> {
                name = "x-windows-949";
            }
            default -> {
            }
        }
        try {
            return Charset.isSupported(name) ? Charset.forName(name) : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Whether {@code bytes} are well-formed UTF-8. */
    static boolean isUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /**
     * Text that a library decoded as ISO-8859-1 carries C1 controls (U+0080–U+009F) where the sender meant
     * windows-1252 characters; this puts those characters back.
     */
    static String repairC1(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x80 && c <= 0x9f) {
                if (out == null) {
                    out = new StringBuilder(text.length()).append(text, 0, i);
                }
                out.append(new String(new byte[] { (byte) c }, WINDOWS_1252));
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }

    /** Header text that arrived as raw 8-bit bytes (read one byte per char): UTF-8 when valid, windows-1252 else. */
    static String raw8bit(String header) {
        if (header == null) {
            return null;
        }
        boolean eightBit = false;
        for (int i = 0; i < header.length() && !eightBit; i++) {
            eightBit = header.charAt(i) > 0x7f;
        }
        if (!eightBit) {
            return header;
        }
        for (int i = 0; i < header.length(); i++) {
            if (header.charAt(i) > 0xff) {
                return header; // already decoded text, not bytes
            }
        }
        return decode(header.getBytes(StandardCharsets.ISO_8859_1), null);
    }
}
