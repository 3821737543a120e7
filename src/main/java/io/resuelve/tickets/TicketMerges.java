package io.resuelve.tickets;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;

import io.resuelve.accounts.AccountManagement;
import io.resuelve.accounts.Actor;
import io.resuelve.accounts.UserView;
import io.resuelve.shared.InvalidInputException;
import io.resuelve.shared.Language;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Merging duplicate tickets (an agent's "Fusionar"): the source's description, messages, attachments and people
 * move into the target, each side gets a note saying what happened, and the source closes with a link to the
 * target. All in one transaction: a refused merge moves nothing.
 */
@Service
@Transactional
public class TicketMerges {

    private final TicketRepository tickets;
    private final MessageRepository messages;
    private final AttachmentRepository attachments;
    private final TicketChangeRepository history;
    private final TicketAccess access;
    private final AccountManagement accounts;
    private final MessageSource texts;
    private final Clock clock;

    TicketMerges(TicketRepository tickets, MessageRepository messages, AttachmentRepository attachments,
            TicketChangeRepository history, TicketAccess access, AccountManagement accounts, MessageSource texts,
            Clock clock) {
        this.tickets = tickets;
        this.messages = messages;
        this.attachments = attachments;
        this.history = history;
        this.access = access;
        this.accounts = accounts;
        this.texts = texts;
        this.clock = clock;
    }

    /**
     * Merges ticket {@code number} into {@code intoNumber}. Both must be visible to the agent (404 otherwise) and
     * open; the notes on both tickets are public replies when {@code notifyRequesters} (the customers are mailed),
     * internal notes otherwise.
     *
     * @return the target, as it is after the merge
     */
    public TicketView merge(long number, Long intoNumber, boolean notifyRequesters, Actor by) {
        Ticket[] pair = mergeable(number, intoNumber, by);
        Ticket source = pair[0];
        Ticket target = pair[1];
        Instant now = clock.instant();

        messages.moveThread(source.id(), target.id());
        Message description = messages.save(source.descriptionFor(target));
        attachments.attachDescriptionFiles(source.id(), description.id());
        attachments.moveFiles(source.id(), target.id());

        boolean internal = !notifyRequesters;
        messages.save(source.addMessage(by, text(source, "ticket.merge.sourceNote", target.number()), null,
                internal, null, now));
        messages.save(target.addMessage(by, text(target, "ticket.merge.targetNote", source.number(),
                source.subject()), null, internal, null, now));
        source.mergeInto(target, by, now);
        store(source);
        return store(target).view();
    }

    /**
     * What {@link #merge} would do, without doing it: both tickets, or the same refusal merge would give (404, 400,
     * 403, 409). For the confirmation step of the agent's page.
     */
    @Transactional(readOnly = true)
    public MergePreview preview(long number, Long intoNumber, Actor by) {
        Ticket[] pair = mergeable(number, intoNumber, by);
        return new MergePreview(pair[0].view(), pair[1].view());
    }

    /** Source and target, both visible to the agent (404 first, as everywhere), checked by the aggregate. */
    private Ticket[] mergeable(long number, Long intoNumber, Actor by) {
        Ticket source = access.visible(number, by);
        if (intoNumber == null) {
            throw new InvalidInputException("into", "error.ticket.mergeTargetRequired");
        }
        Ticket target = access.visible(intoNumber, by);
        source.checkMergeInto(target, by);
        return new Ticket[] { source, target };
    }

    /** Two tickets about to be merged: {@code source} closes, {@code target} continues. */
    public record MergePreview(TicketView source, TicketView target) {
    }

    /** A note in the language of the ticket's requester, who reads it. */
    private String text(Ticket ticket, String key, Object... args) {
        Locale locale = accounts.user(ticket.requesterId()).map(UserView::language).orElse(Language.DEFAULT)
                .locale();
        return texts.getMessage(key, args, locale);
    }

    private Ticket store(Ticket ticket) {
        Ticket saved = tickets.save(ticket);
        history.saveAll(saved.drainChanges().stream().map(change -> new TicketChange(saved.id(), change)).toList());
        return saved;
    }
}
