package io.resuelve.mail.inbound;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.internet.ParseException;

/** Reads the envelope headers of a message; tolerant: a broken header gives {@code null} or an empty list. */
final class HeaderReader {

    private static final Pattern LOOSE_ADDRESS = Pattern.compile("[^\\s<>\"',;:()\\[\\]@]+@[^\\s<>\"',;:()\\[\\]@]+");
    private static final int MAX_ADDRESSES = 200;

    private HeaderReader() {
    }

    /** The unfolded value of every {@code name} header joined by {@code ", "}, 8-bit bytes not decoded yet. */
    static String raw(Part part, String name) {
        try {
            String[] values = part.getHeader(name);
            if (values == null || values.length == 0) {
                return null;
            }
            return MimeUtility.unfold(String.join(", ", values));
        } catch (MessagingException | RuntimeException e) {
            return null;
        }
    }

    /** The first {@code name} header as one line of decoded text, {@code null} when absent. */
    static String text(Part part, String name) {
        try {
            String[] values = part.getHeader(name);
            return values == null || values.length == 0 ? null : HeaderText.decode(MimeUtility.unfold(values[0]));
        } catch (MessagingException | RuntimeException e) {
            return null;
        }
    }

    /** The Date header; {@code null} when absent or unparseable. */
    static Instant date(MimeMessage message) {
        try {
            Date sent = message.getSentDate();
            return sent == null ? null : sent.toInstant();
        } catch (MessagingException | RuntimeException e) {
            return null;
        }
    }

    /** The mailboxes of an address header (groups flattened); a header RFC 5322 rejects is read address by address. */
    static List<MailAddress> addresses(Part part, String name) {
        String raw = Charsets.raw8bit(raw(part, name));
        List<MailAddress> result = new ArrayList<>();
        if (raw == null || raw.isBlank()) {
            return result;
        }
        try {
            for (InternetAddress address : InternetAddress.parseHeader(raw, false)) {
                add(result, address);
            }
        } catch (AddressException | RuntimeException e) {
            result.clear();
            Matcher m = LOOSE_ADDRESS.matcher(raw);
            while (m.find() && result.size() < MAX_ADDRESSES) {
                result.add(new MailAddress(m.group(), ""));
            }
        }
        return result;
    }

    private static void add(List<MailAddress> result, InternetAddress address) throws AddressException {
        if (result.size() >= MAX_ADDRESSES) {
            return;
        }
        if (address.isGroup()) {
            for (Address member : address.getGroup(false)) {
                add(result, (InternetAddress) member);
            }
            return;
        }
        String mailbox = HeaderText.oneLine(address.getAddress());
        if (mailbox == null || mailbox.isEmpty()) {
            return;
        }
        String name = HeaderText.decode(Charsets.repairC1(address.getPersonal()));
        if (name != null && name.equalsIgnoreCase(mailbox)) {
            name = "";
        }
        result.add(new MailAddress(mailbox, name));
    }

    /** The headers loop and bounce filters use. */
    static DeliveryHeaders delivery(MimeMessage message) {
        String returnPath = text(message, "Return-Path");
        if (returnPath != null) {
            returnPath = returnPath.replaceAll("[<>]", "").strip();
        }
        String contentType = "text/plain";
        String reportType = null;
        String rawType = raw(message, "Content-Type");
        if (rawType != null) {
            try {
                ContentType type = new ContentType(rawType);
                contentType = type.getBaseType().toLowerCase(Locale.ROOT);
                reportType = HeaderText.oneLine(type.getParameter("report-type"));
            } catch (ParseException | RuntimeException e) {
                contentType = baseType(rawType);
            }
        }
        if (reportType != null) {
            reportType = reportType.toLowerCase(Locale.ROOT);
        }
        return new DeliveryHeaders(text(message, "Auto-Submitted"), text(message, "Precedence"),
                text(message, "X-Auto-Response-Suppress"), returnPath, contentType, reportType);
    }

    /** The lower-cased {@code type/subtype} of a Content-Type value, however broken its parameters are. */
    static String baseType(String rawType) {
        String base = rawType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return base.matches("[a-z0-9.+-]+/[a-z0-9.+-]+") ? base : "application/octet-stream";
    }
}
