package io.resuelve.mail;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

/** Writes an outbox mail into a MIME message: multipart/alternative, plain text first, then HTML. */
final class MimeMails {

    private static final String UTF_8 = StandardCharsets.UTF_8.name();

    private MimeMails() {
    }

    /**
     * Fills {@code message} from {@code mail}. Every header value that came from people is sanitized or validated.
     * {@code replyTo} may be {@code null}; {@code domain} names the thread root of ticket mails.
     *
     * @throws IllegalArgumentException when the recipient's address is not a single plain address
     */
    static MimeMessage write(MimeMessage message, OutboxMail mail, InternetAddress from, InternetAddress replyTo,
            String domain, Instant now) throws MessagingException {
        InternetAddress to = MailHeaders.mailbox(mail.recipientAddress(), mail.recipientName());
        message.setFrom(from);
        message.setRecipient(MimeMessage.RecipientType.TO, to);
        message.setSubject(MailHeaders.sanitize(mail.subject()), UTF_8);
        message.setSentDate(Date.from(now));
        // Kept by Spring's JavaMailSenderImpl when it saves the message, so retries carry the same id.
        message.setHeader("Message-ID", mail.messageId());
        if (mail.ticketNumber() != null) {
            // Every mail about a ticket answers the same root, so mail clients show one conversation per ticket.
            String root = "<ticket-" + mail.ticketNumber() + "@" + domain + ">";
            message.setHeader("In-Reply-To", root);
            message.setHeader("References", root);
        }
        if (replyTo != null) {
            message.setReplyTo(new InternetAddress[] { replyTo });
        }
        message.setHeader("Auto-Submitted", mail.kind().headerValue());
        // Asks Exchange and Outlook not to answer with out-of-office or other automatic replies (mail loops).
        message.setHeader("X-Auto-Response-Suppress", "All");
        message.setHeader("Content-Language", mail.language().tag());

        MimeBodyPart text = new MimeBodyPart();
        text.setText(mail.bodyText(), UTF_8, "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(mail.bodyHtml(), UTF_8, "html");
        MimeMultipart alternative = new MimeMultipart("alternative");
        alternative.addBodyPart(text);
        alternative.addBodyPart(html);
        message.setContent(alternative);
        return message;
    }
}
