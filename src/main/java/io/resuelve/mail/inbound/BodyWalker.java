package io.resuelve.mail.inbound;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.ParseException;

/**
 * Walks the MIME tree once, depth first, collecting the text and HTML bodies and the attachments. Bounded: at most
 * {@value #MAX_DEPTH} levels of multipart, {@value #MAX_PARTS} parts, {@value #MAX_ATTACHMENTS} attachments; a
 * multipart whose boundary never appears is read as plain text.
 */
final class BodyWalker {

    static final int MAX_DEPTH = 12;
    static final int MAX_PARTS = 500;
    static final int MAX_ATTACHMENTS = 200;
    static final int MAX_BODY_CHARS = 8_000_000;
    static final long MAX_ATTACHMENT_BYTES = 60L * 1024 * 1024;

    private static final Pattern CHARSET = Pattern.compile("(?i)charset\\s*=\\s*\"?([^\";\\s]+)");

    private final StringBuilder text = new StringBuilder();
    private StringBuilder html;
    private final List<ParsedAttachment> attachments = new ArrayList<>();
    private int parts;
    private long attachmentBytes;
    private boolean truncated;

    /** Walks {@code message} and everything below it. */
    void walk(MimeMessage message) {
        walk(message, 0);
    }

    String text() {
        return text.toString();
    }

    /** The HTML body, {@code null} when the mail has none. */
    String html() {
        return html == null ? null : html.toString();
    }

    List<ParsedAttachment> attachments() {
        return attachments;
    }

    boolean truncated() {
        return truncated;
    }

    private void walk(Part part, int depth) {
        if (++parts > MAX_PARTS) {
            truncated = true;
            return;
        }
        String type = type(part);
        if (type.startsWith("multipart/")) {
            walkMultipart(part, depth);
        } else if (isBody(part, type)) {
            String content = Charsets.decode(PartBytes.read(part, MAX_BODY_CHARS), charset(part));
            if (type.equals("text/html")) {
                html = html == null ? new StringBuilder() : html;
                append(html, content);
            } else {
                append(text, isFlowed(part) ? FlowedText.decode(content, delSp(part)) : content);
            }
        } else if (attachments.size() >= MAX_ATTACHMENTS || attachmentBytes > MAX_ATTACHMENT_BYTES) {
            truncated = true;
        } else {
            ParsedAttachment attachment = Attachments.of(part, type, attachments.size() + 1);
            attachmentBytes += attachment.size();
            attachments.add(attachment);
        }
    }

    private void walkMultipart(Part part, int depth) {
        if (depth >= MAX_DEPTH) {
            truncated = true;
            return;
        }
        Multipart multipart = multipart(part);
        int count = count(multipart);
        if (count < 0) {
            // No boundary line anywhere: what the sender wrote is still worth reading as text.
            append(text, Charsets.decode(PartBytes.raw(part, MAX_BODY_CHARS), charset(part)));
            return;
        }
        for (int i = 0; i < count && parts <= MAX_PARTS; i++) {
            try {
                walk(multipart.getBodyPart(i), depth + 1);
            } catch (MessagingException | RuntimeException e) {
                truncated = true;
            }
        }
    }

    private void append(StringBuilder body, String content) {
        String clean = content.indexOf('\0') >= 0 ? content.replace("\0", "") : content;
        if (body.length() > 0 && !clean.isBlank()) {
            body.append(body == text ? "\n\n" : "\n<hr>\n");
        }
        int room = MAX_BODY_CHARS - body.length();
        if (clean.length() > room) {
            truncated = true;
            clean = clean.substring(0, Math.max(room, 0));
        }
        body.append(clean);
    }

    private static boolean isBody(Part part, String type) {
        if (!type.equals("text/plain") && !type.equals("text/html")) {
            return false;
        }
        String disposition = disposition(part);
        return !"attachment".equals(disposition) && Attachments.rawFilename(part) == null;
    }

    private static Multipart multipart(Part part) {
        try {
            Object content = part.getContent();
            return content instanceof Multipart ? (Multipart) content : null;
        } catch (IOException | MessagingException | RuntimeException e) {
            return null;
        }
    }

    private static int count(Multipart multipart) {
        try {
            return multipart == null ? -1 : multipart.getCount();
        } catch (MessagingException | RuntimeException e) {
            return -1;
        }
    }

    /** The lower-cased {@code type/subtype}; {@code text/plain} when absent (RFC 2045), octet-stream when broken. */
    static String type(Part part) {
        String raw = HeaderReader.raw(part, "Content-Type");
        if (raw == null || raw.isBlank()) {
            return "text/plain";
        }
        try {
            return new ContentType(raw).getBaseType().toLowerCase(Locale.ROOT);
        } catch (ParseException | RuntimeException e) {
            return HeaderReader.baseType(raw);
        }
    }

    static String charset(Part part) {
        String charset = parameter(part, "charset");
        if (charset != null) {
            return charset;
        }
        String raw = HeaderReader.raw(part, "Content-Type");
        Matcher m = raw == null ? null : CHARSET.matcher(raw);
        return m != null && m.find() ? m.group(1) : null;
    }

    private static boolean isFlowed(Part part) {
        return "flowed".equalsIgnoreCase(parameter(part, "format"));
    }

    private static boolean delSp(Part part) {
        return "yes".equalsIgnoreCase(parameter(part, "delsp"));
    }

    private static String parameter(Part part, String name) {
        String raw = HeaderReader.raw(part, "Content-Type");
        try {
            return raw == null ? null : new ContentType(raw).getParameter(name);
        } catch (ParseException | RuntimeException e) {
            return null;
        }
    }

    static String disposition(Part part) {
        String raw = HeaderReader.raw(part, "Content-Disposition");
        return raw == null ? null : raw.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    }

    /** Reads part content with a size limit, falling back to the undecoded bytes on an unknown transfer encoding. */
    static final class PartBytes {

        private PartBytes() {
        }

        static byte[] read(Part part, int limit) {
            try (InputStream in = part.getInputStream()) {
                return in.readNBytes(limit);
            } catch (IOException | MessagingException | RuntimeException e) {
                return raw(part, limit);
            }
        }

        static byte[] raw(Part part, int limit) {
            try (InputStream in = part instanceof MimeMessage ? ((MimeMessage) part).getRawInputStream()
                    : ((MimeBodyPart) part).getRawInputStream()) {
                return in.readNBytes(limit);
            } catch (IOException | MessagingException | RuntimeException e) {
                return new byte[0];
            }
        }
    }
}
