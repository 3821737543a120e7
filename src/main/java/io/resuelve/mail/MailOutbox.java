package io.resuelve.mail;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.resuelve.mail.MailTemplates.RenderedMail;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The mail module's API: queue a mail with the change that causes it, and read the outbox. Queued mails are sent by
 * a background worker when SMTP is configured ({@code spring.mail.host}); until then they wait, PENDING.
 */
@Service
@Transactional(readOnly = true)
public class MailOutbox {

    private static final int MAX_LIST = 500;

    private final OutboxMailRepository mails;
    private final MailTemplates templates;
    private final MailProperties properties;
    private final ReplyTokens tokens;
    private final Clock clock;
    private final BouncedAddresses bounced;

    MailOutbox(OutboxMailRepository mails, MailTemplates templates, MailProperties properties, ReplyTokens tokens,
            Clock clock, BouncedAddresses bounced) {
        this.mails = mails;
        this.bounced = bounced;
        this.tokens = tokens;
        this.templates = templates;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Renders the mail now, in the recipient's language, and stores it as PENDING. Must run inside the transaction
     * of the change that causes the mail, so that both commit or roll back together; outside one it throws
     * {@link org.springframework.transaction.IllegalTransactionStateException}. Besides the caller's model,
     * templates get {@code recipientName}, {@code supportName} (the From name) and {@code lang}. An automatic reply
     * ({@link MailKind#AUTO_REPLIED}) beyond {@code resuelve.mail.auto-reply-limit-per-hour} for its address is kept
     * as SUPPRESSED and never sent.
     *
     * @return the id of the queued mail
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public long enqueue(OutgoingMail mail) {
        Map<String, Object> model = new HashMap<>(mail.model());
        model.put("recipientName", mail.toName());
        model.put("supportName", properties.fromName());
        model.put("lang", mail.language().tag());
        RenderedMail rendered = templates.render(mail.audience(), mail.template(), mail.language(), model);
        String messageId = mail.ticketNumber() == null ? "<" + UUID.randomUUID() + "@" + properties.domain() + ">"
                : tokens.messageId(mail.ticketNumber(), properties.domain());
        Instant now = clock.instant();
        OutboxMail queued = new OutboxMail(mail.to(), mail.toName(), rendered.subject(), rendered.text(),
                rendered.html(), mail.language(), mail.audience().folder() + "/" + mail.template(), mail.kind(),
                messageId, mail.ticketNumber(), now);
        if (mail.kind() == MailKind.AUTO_REPLIED && mails.countByRecipientAddressAndKindAndCreatedAtAfter(mail.to(),
                MailKind.AUTO_REPLIED, now.minus(Duration.ofHours(1))) >= properties.autoReplyLimitPerHour()) {
            // An address that makes us answer this often is most likely another robot: stop the ping-pong.
            queued.suppress("more than " + properties.autoReplyLimitPerHour()
                    + " automatic replies to this address in one hour");
        }
        if (mail.ticketNumber() != null && queued.pending()) {
            bounced.find(mail.to()).ifPresent(address -> queued.suppress("the address bounced on "
                    + address.bouncedAt() + (address.reason() == null ? "" : ": " + address.reason())));
        }
        return mails.save(queued).id();
    }

    /** The latest mails, newest first (at most 500). */
    public List<OutboxMailView> recent(int limit) {
        return mails.findAllByOrderByIdDesc(Limit.of(Math.max(1, Math.min(limit, MAX_LIST)))).stream()
                .map(OutboxMail::view).toList();
    }

    public Optional<OutboxMailView> find(long id) {
        return mails.findById(id).map(OutboxMail::view);
    }
}
