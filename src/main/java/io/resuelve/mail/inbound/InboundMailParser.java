package io.resuelve.mail.inbound;

import java.io.ByteArrayInputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import org.jsoup.nodes.Document;

/**
 * Parses one raw mail (RFC 5322 bytes as fetched by IMAP) into a {@link ParsedMail}. Pure and thread-safe: no I/O, no
 * state. Tolerant of what real mail carries — broken multipart boundaries, a missing or garbled Date, NUL bytes,
 * raw 8-bit headers, unknown charsets and windows-1252 text labelled ISO-8859-1 — and bounded against hostile mail
 * (size, MIME depth and part count, HTML depth and length, text length), setting {@link ParsedMail#truncated()} when a
 * bound was hit.
 */
public final class InboundMailParser {

    /** Larger messages are refused outright. */
    public static final int MAX_MESSAGE_BYTES = 64 * 1024 * 1024;

    private static final List<String> MAIL_HEADERS = List.of("From", "To", "Subject", "Date", "Message-ID",
            "Received", "MIME-Version", "Content-Type", "Return-Path", "Sender");

    private final Session session;

    public InboundMailParser() {
        Properties properties = new Properties();
        properties.setProperty("mail.mime.allowutf8", "false"); // keep raw header bytes: Charsets decodes them
        properties.setProperty("mail.mime.multipart.ignoremissingendboundary", "true");
        properties.setProperty("mail.mime.multipart.ignoremissingboundaryparameter", "true");
        properties.setProperty("mail.mime.multipart.ignoreexistingboundaryparameter", "false");
        properties.setProperty("mail.mime.multipart.allowempty", "true");
        properties.setProperty("mail.mime.parameters.strict", "false");
        properties.setProperty("mail.mime.base64.ignoreerrors", "true");
        properties.setProperty("mail.mime.uudecode.ignoreerrors", "true");
        properties.setProperty("mail.mime.ignoreunknownencoding", "true");
        properties.setProperty("mail.mime.address.strict", "false");
        this.session = Session.getInstance(properties);
    }

    /**
     * Parses {@code raw}.
     *
     * @return the parsed mail; never {@code null}
     * @throws UnparseableMailException when {@code raw} is empty, larger than {@link #MAX_MESSAGE_BYTES} or has no
     *                                  mail header at all; the caller quarantines it
     */
    public ParsedMail parse(byte[] raw) {
        MimeMessage message = open(raw);
        String subject = HeaderReader.text(message, "Subject");
        BodyWalker body = new BodyWalker();
        body.walk(message);
        String text = TextCleanup.normalize(body.text());
        boolean plainText = !text.isEmpty();
        boolean truncated = body.truncated() || TextCleanup.tooLong(text);
        String html = null;
        ReplySplit htmlSplit = null;
        if (body.html() != null) {
            Document document = HtmlDocuments.parse(body.html());
            truncated |= body.html().length() > HtmlDocuments.MAX_CHARS;
            html = HtmlSanitizer.sanitize(document, HtmlSanitizer.KEEP_CID);
            if (!plainText) {
                text = TextCleanup.normalize(HtmlText.of(document.body()));
            }
            htmlSplit = HtmlQuoteCutter.cut(document); // last: it takes the quoted part out of the document
        }
        ReplySplit split = split(text, htmlSplit, ReplyText.isForwardSubject(subject));
        DeliveryHeaders delivery = HeaderReader.delivery(message);
        return new ParsedMail(HeaderText.firstId(HeaderReader.raw(message, "Message-ID")),
                HeaderText.firstId(HeaderReader.raw(message, "In-Reply-To")),
                HeaderText.ids(HeaderReader.raw(message, "References")), subject == null ? "" : subject,
                first(HeaderReader.addresses(message, "From")), HeaderReader.addresses(message, "To"),
                HeaderReader.addresses(message, "Cc"), HeaderReader.addresses(message, "Reply-To"),
                HeaderReader.date(message), delivery, text, html, body.attachments(), split.newText(),
                split.quotedText(), split.forwarded(), truncated);
    }

    private MimeMessage open(byte[] raw) {
        if (raw == null || raw.length == 0) {
            throw new UnparseableMailException("empty message");
        }
        if (raw.length > MAX_MESSAGE_BYTES) {
            throw new UnparseableMailException("message larger than " + MAX_MESSAGE_BYTES + " bytes");
        }
        try {
            MimeMessage message = new MimeMessage(session, new ByteArrayInputStream(withoutNulInHeaders(raw)));
            for (String name : MAIL_HEADERS) {
                if (message.getHeader(name) != null) {
                    return message;
                }
            }
            throw new UnparseableMailException("no mail header (From, To, Subject, Date, Message-ID …) found");
        } catch (MessagingException | RuntimeException e) {
            if (e instanceof UnparseableMailException) {
                throw (UnparseableMailException) e;
            }
            throw new UnparseableMailException("unreadable header block: " + e.getMessage(), e);
        }
    }

    /** NUL bytes in the header block would end up inside header values; in the body they are decoded away. */
    private static byte[] withoutNulInHeaders(byte[] raw) {
        int end = 0;
        boolean nul = false;
        while (end < raw.length && !(raw[end] == '\n' && end + 1 < raw.length
                && (raw[end + 1] == '\n' || raw[end + 1] == '\r'))) {
            nul |= raw[end] == 0;
            end++;
        }
        if (!nul) {
            return raw;
        }
        byte[] copy = new byte[raw.length];
        int n = 0;
        for (int i = 0; i < raw.length; i++) {
            if (i >= end || raw[i] != 0) {
                copy[n++] = raw[i];
            }
        }
        return Arrays.copyOf(copy, n);
    }

    /**
     * The text's own split wins; the HTML markup decides only when the text shows no separator (an HTML-only mail,
     * or a plain-text alternative that lost the quote markers).
     */
    private static ReplySplit split(String text, ReplySplit htmlSplit, boolean forwardSubject) {
        if (forwardSubject) {
            return new ReplySplit(text, "", true);
        }
        ReplySplit split = ReplyText.split(text, false);
        if (htmlSplit == null || split.cut() || split.forwarded()) {
            return split;
        }
        ReplySplit above = ReplyText.split(htmlSplit.newText(), false);
        if (above.newText().isBlank()) {
            return split;
        }
        String quoted = (above.quotedText() + "\n\n" + htmlSplit.quotedText()).strip();
        return new ReplySplit(above.newText(), quoted, above.forwarded());
    }

    private static MailAddress first(List<MailAddress> addresses) {
        return addresses.isEmpty() ? null : addresses.get(0);
    }
}
