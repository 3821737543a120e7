package io.resuelve.mail;

import java.time.Duration;
import java.util.random.RandomGenerator;

import jakarta.mail.internet.InternetAddress;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of outgoing mail; the SMTP server itself is Spring Boot's {@code spring.mail.*}.
 *
 * @param from           the support address mails come from ({@code RESUELVE_MAIL_FROM}); its domain ends every
 *                       Message-ID
 * @param fromName       the name shown with it, also used in the texts
 * @param sendInterval   the pause between two runs of the outbox worker
 * @param maxAttempts    failed attempts after which a mail is given up (DEAD)
 * @param initialBackoff the wait after the first failure; it doubles after each further one
 * @param maxBackoff     the longest wait between two attempts
 * @param replyTokenSecret the key that signs reply tokens ({@code RESUELVE_MAIL_REPLY_TOKEN_SECRET}); blank: a key
 *                       Resuelve makes once and keeps in the database
 * @param replyToPlusAddressing whether ticket mails carry a {@code Reply-To} with the reply token in a plus address
 *                       ({@code soporte+t1001-…@…}); only when the support mailbox receives plus-addressed mail
 * @param autoReplyLimitPerHour the most automatic replies (answers to incoming mail) one address gets per hour;
 *                       beyond it they are held back (mail loop protection)
 * @param acceptCc       whether the people in copy of an incoming mail are put in copy on its ticket
 * @param pollInterval   the pause between two reads of the IMAP mailboxes
 * @param idle           whether mailboxes whose server supports IMAP IDLE are also watched for new mail, which is then
 *                       read within seconds instead of at the next poll
 * @param ingestThreads  how many mails of a mailbox are taken in at the same time (a sender's mails in order)
 * @param maxInboundSize the largest incoming mail taken in; a larger one is kept raw for admins and its sender is
 *                       told once
 */
@ConfigurationProperties("resuelve.mail")
record MailProperties(@DefaultValue("soporte@resuelve.local") String from,
        @DefaultValue("Soporte Resuelve") String fromName, @DefaultValue("5s") Duration sendInterval,
        @DefaultValue("8") int maxAttempts, @DefaultValue("30s") Duration initialBackoff,
        @DefaultValue("1h") Duration maxBackoff, @DefaultValue("") String replyTokenSecret,
        @DefaultValue("false") boolean replyToPlusAddressing, @DefaultValue("10") int autoReplyLimitPerHour,
        @DefaultValue("true") boolean acceptCc, @DefaultValue("60s") Duration pollInterval,
        @DefaultValue("true") boolean idle, @DefaultValue("4") int ingestThreads,
        @DefaultValue("25MB") DataSize maxInboundSize) {

    /** The sender as it appears in the From header; throws when {@link #from()} is not a plain address. */
    InternetAddress sender() {
        return MailHeaders.mailbox(from, fromName);
    }

    /** The retry schedule these settings describe; throws when they make none. */
    Backoff backoff(RandomGenerator random) {
        return new Backoff(maxAttempts, initialBackoff, maxBackoff, random);
    }

    /**
     * The Reply-To of a mail with the given Message-ID: the support address with the Message-ID's token as plus
     * address, or {@code null} when plus addressing is off.
     */
    InternetAddress replyTo(String messageId) {
        if (!replyToPlusAddressing || messageId == null || !messageId.startsWith("<t")) {
            return null;
        }
        String token = messageId.substring(1, messageId.indexOf('@'));
        return MailHeaders.mailbox(from.substring(0, from.indexOf('@')) + "+" + token + "@" + domain(), fromName);
    }

    /** Where Message-IDs are minted: the domain of {@link #from()}. */
    String domain() {
        return from.substring(from.indexOf('@') + 1);
    }
}
