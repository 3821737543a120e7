package io.resuelve.mail.inbound;

import java.time.Instant;
import java.util.List;

/**
 * One incoming mail, decoded. Texts are Unicode with {@code \n} line ends and no control characters; lists are never
 * {@code null}.
 *
 * @param messageId   the Message-ID without angle brackets, {@code null} when absent
 * @param inReplyTo   the first id of In-Reply-To without angle brackets, {@code null} when absent
 * @param references  the ids of References in order, without angle brackets
 * @param subject     RFC 2047 decoded, on one line, plain text (callers escape it); empty when absent
 * @param from        the first From mailbox, {@code null} when the header is absent or holds no address
 * @param to          the To mailboxes
 * @param cc          the Cc mailboxes
 * @param replyTo     the Reply-To mailboxes
 * @param date        the Date header, {@code null} when absent or unparseable
 * @param delivery    the headers auto-reply, loop and bounce filters decide on
 * @param textBody    the plain text body; derived from the HTML body when the mail has only HTML; empty when none
 * @param htmlBody    the HTML body passed through {@link HtmlSanitizer#sanitize(String)} ({@code cid:} images are left
 *                    as {@code cid:} references for the caller to map); {@code null} when the mail has no HTML
 * @param attachments every non-body part, inline images included
 * @param newText     what the sender wrote in this mail: the text without quoted history and signature; the whole
 *                    text when stripping would leave nothing; the whole text of a forwarded mail
 * @param quotedText  the rest: quoted history, signature, the part below a reply marker; empty when none
 * @param forwarded   {@code true} when the mail forwards another one (its content is kept whole in {@link #newText})
 * @param truncated   {@code true} when a size guard dropped content: text beyond its length, parts or attachments
 *                    beyond their number, multiparts nested too deep (HTML nested too deep is flattened, not cut)
 */
public record ParsedMail(String messageId, String inReplyTo, List<String> references, String subject,
        MailAddress from, List<MailAddress> to, List<MailAddress> cc, List<MailAddress> replyTo, Instant date,
        DeliveryHeaders delivery, String textBody, String htmlBody, List<ParsedAttachment> attachments,
        String newText, String quotedText, boolean forwarded, boolean truncated) {

    public ParsedMail {
        references = List.copyOf(references);
        to = List.copyOf(to);
        cc = List.copyOf(cc);
        replyTo = List.copyOf(replyTo);
        attachments = List.copyOf(attachments);
    }
}
