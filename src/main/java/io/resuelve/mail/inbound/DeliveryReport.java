package io.resuelve.mail.inbound;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the machine part of a delivery failure report (RFC 3464 {@code message/delivery-status}): the recipients
 * whose delivery failed for good ({@code Action: failed}), with the reason the receiving server gave.
 */
public final class DeliveryReport {

    /** A recipient a report says could not be reached, and why ({@code Status} and {@code Diagnostic-Code}). */
    public record FailedRecipient(String address, String reason) {
    }

    private static final Pattern FIELD = Pattern.compile("^([A-Za-z-]+)\\s*:\\s*(.*)$");
    private static final Pattern ADDRESS = Pattern.compile("[^\\s<>;\"]+@[^\\s<>;\"]+");
    private static final int MAX_RECIPIENTS = 50;

    private DeliveryReport() {
    }

    /** The failed recipients of the report in {@code mail}; empty when it carries no delivery-status part. */
    public static List<FailedRecipient> failedRecipients(ParsedMail mail) {
        Set<String> seen = new LinkedHashSet<>();
        List<FailedRecipient> failed = new ArrayList<>();
        for (ParsedAttachment part : mail.attachments()) {
            if (!part.contentType().equals("message/delivery-status")
                    && !part.contentType().equals("message/global-delivery-status")) {
                continue;
            }
            for (String block : new String(part.content(), StandardCharsets.UTF_8).split("\\r?\\n\\s*\\r?\\n")) {
                FailedRecipient recipient = recipient(block);
                if (recipient != null && seen.add(recipient.address()) && failed.size() < MAX_RECIPIENTS) {
                    failed.add(recipient);
                }
            }
        }
        return failed;
    }

    /** One per-recipient block: {@code Final-Recipient} (or {@code Original-Recipient}) with {@code Action: failed}. */
    private static FailedRecipient recipient(String block) {
        String address = null;
        String action = null;
        String status = null;
        String diagnostic = null;
        for (String line : block.replaceAll("\\r?\\n[ \\t]+", " ").split("\\r?\\n")) {
            Matcher field = FIELD.matcher(line.strip());
            if (!field.matches()) {
                continue;
            }
            String name = field.group(1).toLowerCase(Locale.ROOT);
            String value = field.group(2).strip();
            switch (name) {
                case "final-recipient" -> address = address(value);
                case "original-recipient" -> address = address == null ? address(value) : address;
                case "action" -> action = value.toLowerCase(Locale.ROOT);
                case "status" -> status = value;
                case "diagnostic-code" -> diagnostic = value;
                default -> {
                }
            }
        }
        if (address == null || action == null || !action.startsWith("failed")) {
            return null;
        }
        String reason = diagnostic != null ? diagnostic : status;
        return new FailedRecipient(address, reason == null ? null : cut(HeaderText.oneLine(reason), 500));
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    private static String address(String value) {
        String typed = value.contains(";") ? value.substring(value.indexOf(';') + 1) : value;
        Matcher address = ADDRESS.matcher(typed);
        return address.find() ? address.group().toLowerCase(Locale.ROOT) : null;
    }
}
