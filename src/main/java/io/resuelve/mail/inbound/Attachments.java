package io.resuelve.mail.inbound;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.MessagingException;
import jakarta.mail.Part;

/** Turns a non-body MIME part into a {@link ParsedAttachment} with a safe, decoded file name. */
final class Attachments {

    private static final Pattern NAME_PARAMETER = Pattern.compile("(?i)\\bname\\s*=\\s*\"?([^\";]+)\"?");
    private static final Pattern UNSAFE_NAME = Pattern.compile("[\\p{Cc}\\u2028\\u2029\\u202a-\\u202e<>:\"|?*]+");
    private static final int MAX_NAME = 180;
    private static final Map<String, String> EXTENSIONS = Map.ofEntries(Map.entry("image/png", "png"),
            Map.entry("image/jpeg", "jpg"), Map.entry("image/gif", "gif"), Map.entry("image/webp", "webp"),
            Map.entry("image/bmp", "bmp"), Map.entry("image/svg+xml", "svg"), Map.entry("application/pdf", "pdf"),
            Map.entry("text/plain", "txt"), Map.entry("text/html", "html"), Map.entry("text/csv", "csv"),
            Map.entry("text/calendar", "ics"), Map.entry("message/rfc822", "eml"),
            Map.entry("message/delivery-status", "txt"), Map.entry("message/disposition-notification", "txt"),
            Map.entry("text/rfc822-headers", "txt"), Map.entry("application/ms-tnef", "dat"),
            Map.entry("application/zip", "zip"), Map.entry("application/vnd.ms-excel", "xls"));

    private Attachments() {
    }

    /** The attachment for {@code part}; {@code index} (1-based) names it when the part carries no name. */
    static ParsedAttachment of(Part part, String type, int index) {
        byte[] content = BodyWalker.PartBytes.read(part, (int) Math.min(Integer.MAX_VALUE - 16,
                BodyWalker.MAX_ATTACHMENT_BYTES));
        String contentId = HeaderText.firstId(HeaderReader.raw(part, "Content-ID"));
        String disposition = BodyWalker.disposition(part);
        boolean inline = type.startsWith("image/") && contentId != null && !"attachment".equals(disposition);
        String name = safeName(rawFilename(part));
        if (name.isEmpty()) {
            name = defaultName(type, index);
        }
        return new ParsedAttachment(name, type, content, inline, contentId);
    }

    /** The file name parameter as written (RFC 2231 already joined by the library), {@code null} when none. */
    static String rawFilename(Part part) {
        try {
            String name = part.getFileName();
            if (name != null && !name.isBlank()) {
                return name;
            }
        } catch (MessagingException | RuntimeException e) {
            // A malformed parameter list: look for the name by hand below.
        }
        for (String header : new String[] { "Content-Disposition", "Content-Type" }) {
            String raw = HeaderReader.raw(part, header);
            Matcher m = raw == null ? null : NAME_PARAMETER.matcher(raw);
            if (m != null && m.find() && !m.group(1).isBlank()) {
                return m.group(1);
            }
        }
        return null;
    }

    /** Decoded, one line, without directories, reserved characters or a leading dot; empty when nothing is left. */
    static String safeName(String raw) {
        if (raw == null) {
            return "";
        }
        String name = HeaderText.decode(Charsets.repairC1(raw));
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = UNSAFE_NAME.matcher(name).replaceAll("_").strip();
        while (name.startsWith(".")) {
            name = name.substring(1);
        }
        if (name.length() > MAX_NAME) {
            int dot = name.lastIndexOf('.');
            String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
            name = name.substring(0, MAX_NAME - extension.length()) + extension;
        }
        return name;
    }

    private static String defaultName(String type, int index) {
        if (type.equals("message/rfc822")) {
            return "message-" + index + ".eml";
        }
        String base = type.startsWith("image/") ? "image-" : "attachment-";
        return base + index + "." + EXTENSIONS.getOrDefault(type.toLowerCase(Locale.ROOT), "bin");
    }
}
