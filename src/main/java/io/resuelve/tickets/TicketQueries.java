package io.resuelve.tickets;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import io.resuelve.accounts.Actor;
import io.resuelve.shared.ForbiddenException;
import io.resuelve.shared.NotFoundException;
import io.resuelve.storage.BlobStorage;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The tickets module's API for reading, always within the actor's scope (see {@link TicketAccess}). */
@Service
@Transactional(readOnly = true)
public class TicketQueries {

    private final TicketRepository tickets;
    private final MessageRepository messages;
    private final AttachmentRepository attachments;
    private final TicketChangeRepository history;
    private final TicketAccess access;
    private final BlobStorage storage;
    private final TicketListQuery listQuery;
    private final TicketCounts counts;

    TicketQueries(TicketRepository tickets, MessageRepository messages, AttachmentRepository attachments,
            TicketChangeRepository history, TicketAccess access, BlobStorage storage, TicketListQuery listQuery,
            TicketCounts counts) {
        this.counts = counts;
        this.tickets = tickets;
        this.messages = messages;
        this.attachments = attachments;
        this.history = history;
        this.access = access;
        this.storage = storage;
        this.listQuery = listQuery;
    }

    /** The ticket, or 404 when it does not exist or the actor may not see it. */
    public TicketView ticket(long number, Actor actor) {
        return access.visible(number, actor).view();
    }

    /**
     * The ticket if it exists and the actor may see it. Unlike {@link #ticket} it never throws, so it is safe to ask
     * inside a caller's transaction that must not be marked for rollback (mail ingestion).
     */
    public java.util.Optional<TicketView> find(long number, Actor actor) {
        return tickets.findByNumber(number).filter(ticket -> access.canSee(actor, ticket)).map(Ticket::view);
    }

    /** Tickets in the actor's scope matching the query, one keyset page. */
    public TicketPage list(TicketQuery query, Actor actor) {
        return listQuery.page(query, actor);
    }

    /**
     * How many tickets in the actor's scope each query selects (its sort, cursor and limit are ignored), all counted
     * in one database statement: the live counts of an agent's views. Keys keep their order.
     */
    public <K> Map<K, Long> count(Map<K, TicketQuery> queries, Actor actor) {
        return counts.count(queries, actor);
    }

    /** Every ticket in the actor's scope matching the query, up to {@code max}, for exports. */
    public List<TicketView> export(TicketQuery query, Actor actor, int max) {
        return listQuery.all(query, actor, max);
    }

    /**
     * Tickets still awaiting the customer's confirmation since before {@code cutoff}, oldest first: what the
     * automatic close (seed 002, 48 hours) acts on. For Resuelve's own jobs, not for people.
     */
    public List<Long> awaitingConfirmationSince(java.time.Instant cutoff, int limit) {
        return tickets.findNumbersResolvedBefore(cutoff, org.springframework.data.domain.Limit.of(limit));
    }

    /** The thread in order of writing; customers never receive internal notes. */
    public List<MessageView> messages(long number, Actor actor) {
        Ticket ticket = access.visible(number, actor);
        List<Message> thread = new ArrayList<>(actor.isStaff() ? messages.findByTicketIdOrderByIdAsc(ticket.id())
                : messages.findByTicketIdAndInternalFalseOrderByIdAsc(ticket.id()));
        // By time, then id: a merged ticket's thread interleaves with the target's, dated as written.
        thread.sort(java.util.Comparator.comparing(Message::createdAt).thenComparing(Message::id));
        Map<Long, List<AttachmentView>> files = thread.isEmpty() ? Map.of()
                : attachments.findByMessageIdIn(thread.stream().map(Message::id).toList()).stream()
                        .collect(Collectors.groupingBy(Attachment::messageId,
                                Collectors.mapping(Attachment::view, Collectors.toList())));
        List<MessageView> views = new ArrayList<>(thread.size());
        for (Message message : thread) {
            views.add(message.view(files.getOrDefault(message.id(), List.of())));
        }
        return views;
    }

    /**
     * The messages other people added after {@code lastSeenMessageId} (0 or null: after the description), oldest
     * first: what someone composing a reply has not seen yet. Empty means nobody else has written since.
     */
    public List<MessageView> writtenByOthersSince(long number, Long lastSeenMessageId, Actor actor) {
        long seen = lastSeenMessageId == null ? 0 : lastSeenMessageId;
        return messages(number, actor).stream()
                .filter(m -> m.id() > seen && !java.util.Objects.equals(m.authorId(), actor.userId())).toList();
    }

    /** Files sent with the ticket itself (its description), visible to everyone who sees the ticket. */
    public List<AttachmentView> descriptionAttachments(long number, Actor actor) {
        Ticket ticket = access.visible(number, actor);
        return attachments.findByTicketIdAndMessageIdIsNullOrderByIdAsc(ticket.id()).stream().map(Attachment::view)
                .toList();
    }

    /** The sanitized HTML of the mail that opened the ticket, when it was opened by an HTML mail. */
    public Optional<String> descriptionHtml(long number, Actor actor) {
        return Optional.ofNullable(access.visible(number, actor).descriptionHtml());
    }

    /** Every recorded change, oldest first. Agents only; customers get 404 for tickets outside their scope. */
    public List<HistoryEntry> history(long number, Actor actor) {
        Ticket ticket = access.visible(number, actor);
        if (!actor.isStaff()) {
            throw new ForbiddenException("error.ticket.agentsOnly");
        }
        return history.findByTicketIdOrderByIdAsc(ticket.id()).stream().map(TicketChange::view).toList();
    }

    /**
     * An attachment the actor may download: its ticket must be visible and, for customers, its message public.
     * The caller closes the stream.
     */
    public AttachmentContent attachment(long attachmentId, Actor actor) throws IOException {
        Attachment attachment = attachments.findById(attachmentId)
                .orElseThrow(() -> new NotFoundException("error.attachment.notFound"));
        Ticket ticket = tickets.findById(attachment.ticketId())
                .filter(t -> access.canSee(actor, t))
                .orElseThrow(() -> new NotFoundException("error.attachment.notFound"));
        if (!actor.isStaff() && attachment.messageId() != null) {
            messages.findById(attachment.messageId()).filter(m -> !m.internal())
                    .orElseThrow(() -> new NotFoundException("error.attachment.notFound"));
        }
        InputStream content = storage.open(attachment.sha256());
        return new AttachmentContent(attachment.view(), ticket.number(), content);
    }
}
