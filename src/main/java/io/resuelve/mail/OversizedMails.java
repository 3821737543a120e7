package io.resuelve.mail;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

import io.resuelve.accounts.AccountManagement;
import io.resuelve.accounts.UserView;
import io.resuelve.mail.inbound.InboundMailParser;
import io.resuelve.mail.inbound.MailAddress;
import io.resuelve.mail.inbound.ParsedMail;
import io.resuelve.shared.Language;
import io.resuelve.shared.ResuelveProperties;
import org.springframework.stereotype.Component;

/**
 * Mail over {@code resuelve.mail.max-inbound-size} is kept raw but not taken in (an admin may still reprocess it);
 * only its headers are read, to say who sent it and to tell that person once — unless the mail is automatic, a bounce
 * or our own, which get no answer.
 */
@Component
class OversizedMails {

    /** Headers longer than this are not read: the mail is kept, nobody is told. */
    private static final int MAX_HEADER = 256 * 1024;

    private final MailProperties properties;
    private final MailOutbox outbox;
    private final ReplyTokens tokens;
    private final AccountManagement accounts;
    private final ResuelveProperties resuelve;
    private final InboundMailParser parser = new InboundMailParser();

    OversizedMails(MailProperties properties, MailOutbox outbox, ReplyTokens tokens, AccountManagement accounts,
            ResuelveProperties resuelve) {
        this.properties = properties;
        this.outbox = outbox;
        this.tokens = tokens;
        this.accounts = accounts;
        this.resuelve = resuelve;
    }

    boolean tooLarge(long size) {
        return size > properties.maxInboundSize().toBytes();
    }

    /** The mail's headers alone, parsed; empty when they cannot be found or read. */
    Optional<ParsedMail> headers(byte[] raw) {
        int end = headerEnd(raw);
        if (end < 0) {
            return Optional.empty();
        }
        int cut = end > 0 && raw[end - 1] == '\r' ? end - 1 : end;
        try {
            byte[] head = Arrays.copyOf(raw, cut + 4);
            head[cut] = '\r';
            head[cut + 1] = '\n';
            head[cut + 2] = '\r';
            head[cut + 3] = '\n';
            return Optional.of(parser.parse(head));
        } catch (RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    /**
     * Queues the "your mail is too large" notice for the sender, in the caller's transaction; returns whether it did.
     * Counts as an automatic reply, so the hourly cap per address applies.
     */
    boolean tellSender(ParsedMail headers, long size) {
        MailAddress from = headers.from();
        if (from == null || from.address().equalsIgnoreCase(properties.from())
                || tokens.ticketIn(headers.messageId()).isPresent()
                || MailToTicket.isBounce(headers.delivery(), from)
                || MailToTicket.isAutomatic(headers.delivery(), from)) {
            return false;
        }
        Optional<UserView> person = accounts.userByEmail(from.address());
        Language language = person.map(UserView::language).orElse(Language.DEFAULT);
        String subject = headers.subject().isBlank() ? "(sin asunto)" : headers.subject();
        outbox.enqueue(new OutgoingMail(from.address(), person.map(UserView::name).orElse(from.name()), language,
                Audience.CUSTOMER, "mail-too-large", Map.of("subject", subject, "size", megabytes(size),
                        "limit", megabytes(properties.maxInboundSize().toBytes()), "link",
                        resuelve.link("/tickets/nuevo")), MailKind.AUTO_REPLIED));
        return true;
    }

    /** Megabytes for the template, which writes them with the reader's decimal separator. */
    private static double megabytes(long bytes) {
        return Math.round(bytes / (1024.0 * 1024.0) * 10) / 10.0;
    }

    /** Where the header block ends (the first empty line), within the first {@link #MAX_HEADER} bytes; or -1. */
    private static int headerEnd(byte[] raw) {
        int limit = Math.min(raw.length, MAX_HEADER);
        for (int i = 0; i < limit - 1; i++) {
            if (raw[i] == '\n' && (raw[i + 1] == '\n' || (raw[i + 1] == '\r' && i + 2 < raw.length
                    && raw[i + 2] == '\n'))) {
                return i;
            }
        }
        return -1;
    }
}
