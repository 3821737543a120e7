package io.resuelve.tickets;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import io.resuelve.accounts.Actor;
import io.resuelve.accounts.UserView;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tickets module's API for changes. Each method checks that the actor may see the ticket (404 otherwise),
 * lets the aggregate decide, then stores the ticket, its new message and its history in one transaction.
 */
@Service
@Transactional
public class TicketManagement {

    private final TicketRepository tickets;
    private final MessageRepository messages;
    private final TicketChangeRepository history;
    private final TicketAccess access;
    private final TicketInput input;
    private final TicketAttachments attachments;
    private final Clock clock;

    TicketManagement(TicketRepository tickets, MessageRepository messages, TicketChangeRepository history,
            TicketAccess access, TicketInput input, TicketAttachments attachments, Clock clock) {
        this.tickets = tickets;
        this.messages = messages;
        this.history = history;
        this.access = access;
        this.input = input;
        this.attachments = attachments;
        this.clock = clock;
    }

    /** Files a ticket; see {@link NewTicket} for who may file for whom. */
    public TicketView file(NewTicket command, Actor by) {
        return file(command, List.of(), by);
    }

    /** Files a ticket with files attached to its description, all or nothing. */
    public TicketView file(NewTicket command, List<Upload> uploads, Actor by) {
        return file(command, uploads, null, by);
    }

    /**
     * Files a ticket opened by mail: as {@link #file(NewTicket, List, Actor)}, keeping the part of the first mail
     * that quoted an earlier conversation (a forward, a reply to someone else) beside the description.
     */
    public TicketView file(NewTicket command, List<Upload> uploads, String descriptionQuoted, Actor by) {
        return file(command, uploads, descriptionQuoted, null, by);
    }

    /**
     * Files a ticket opened by mail, keeping also the mail's HTML ({@code html} must already be sanitized, as for
     * {@link NewMessage#html()}), for the agents' "Ver como HTML".
     */
    public TicketView file(NewTicket command, List<Upload> uploads, String descriptionQuoted, String html, Actor by) {
        TicketDraft draft = input.draft(command, uploads.size(), by);
        Ticket ticket = Ticket.file(tickets.nextNumber(), draft, null, by, clock.instant());
        ticket.keepDescriptionQuote(descriptionQuoted);
        ticket.keepDescriptionHtml(html);
        ticket = store(ticket);
        attachments.attachToDescription(ticket.id(), uploads);
        return ticket.view();
    }

    /**
     * Adds a reply or internal note, with attachments. A customer writing on a CLOSED ticket opens a follow-up
     * ticket linked to it instead (seed 002: "Cerrado … no puede reabrirse").
     */
    public MessageAdded addMessage(long number, NewMessage command, Actor by) {
        Ticket ticket = access.visible(number, by);
        String body = input.body(command.body(), command.html(), command.uploads());
        Instant now = clock.instant();
        if (ticket.status() == TicketStatus.CLOSED && by.isCustomer() && !command.internal()
                && command.status() == null) {
            Ticket followUp = store(Ticket.file(tickets.nextNumber(),
                    input.scored(ticket.followUpDraft(body, Channel.API)), ticket, by, now));
            MessageView first = attachments.attach(followUp.id(),
                    messages.save(followUp.addMessage(by, body, command.html(), false, null, now)
                            .quoting(command.quotedText())), command.uploads());
            store(followUp);
            return new MessageAdded(followUp.number(), true, first);
        }
        Message message = messages.save(ticket.addMessage(by, body, command.html(), command.internal(),
                command.status(), now).quoting(command.quotedText()));
        MessageView view = attachments.attach(ticket.id(), message, command.uploads());
        store(ticket);
        return new MessageAdded(ticket.number(), false, view);
    }

    /** Agent: marks the ticket solved; the customer is asked "¿Se ha resuelto su problema?". */
    public TicketView resolve(long number, Actor by) {
        Ticket ticket = access.visible(number, by);
        ticket.resolve(by, clock.instant());
        return store(ticket).view();
    }

    /** Customer: "Sí" closes the ticket, "No del todo" (with a comment) sends it back to the agent. */
    public TicketView confirm(long number, boolean solved, String comment, Actor by) {
        Ticket ticket = access.visible(number, by);
        Message message = ticket.confirm(by, solved, input.optionalText("comment", comment), clock.instant());
        if (message != null) {
            messages.save(message);
        }
        return store(ticket).view();
    }

    public TicketView close(long number, Actor by) {
        Ticket ticket = access.visible(number, by);
        ticket.close(by, clock.instant());
        return store(ticket).view();
    }

    public TicketView reopen(long number, Actor by) {
        Ticket ticket = access.visible(number, by);
        ticket.reopen(by, clock.instant());
        return store(ticket).view();
    }

    /** Agent: closes the ticket with a reason, posted as a public message the customer sees (seed 003). */
    public TicketView reject(long number, String reason, Actor by) {
        Ticket ticket = access.visible(number, by);
        messages.save(ticket.reject(by, input.optionalText("reason", reason), clock.instant()));
        return store(ticket).view();
    }

    /**
     * Agent: returns the ticket to the requester ("Preguntas al cliente") with a message listing what is missing.
     */
    public TicketView returnToRequester(long number, List<String> missing, String message, Actor by) {
        Ticket ticket = access.visible(number, by);
        List<String> items = input.missingItems(missing);
        messages.save(ticket.returnToRequester(by, items, input.returnMessage(message, items, ticket.requesterId()),
                clock.instant()));
        return store(ticket).view();
    }

    /** Agent: sets the status directly (within the lifecycle). */
    public TicketView changeStatus(long number, TicketStatus status, Actor by) {
        Ticket ticket = access.visible(number, by);
        ticket.changeStatus(by, status, clock.instant());
        return store(ticket).view();
    }

    /** Changes fields within the actor's allow-list; any field outside it refuses the whole edit (403). */
    public TicketView edit(long number, TicketEdit edit, Actor by) {
        return edit(number, edit, java.util.Map.of(), by);
    }

    /**
     * As {@link #edit(long, TicketEdit, Actor)}, together with custom values (see {@link #editCustomFields}), all or
     * nothing.
     */
    public TicketView edit(long number, TicketEdit edit, java.util.Map<String, List<String>> customFields, Actor by) {
        Ticket ticket = access.visible(number, by);
        edit.requireReadable();
        ticket.checkEditable(by, edit.fields());
        Instant now = clock.instant();
        for (TicketField field : edit.fields()) {
            Object value = input.fieldValue(field, edit.value(field), by);
            ticket.edit(by, field, value, now);
            if (field == TicketField.PRODUCT && value != null && !edit.fields().contains(TicketField.BRAND)) {
                // The brand follows the product unless the caller set both.
                ticket.edit(by, TicketField.BRAND, input.brandOf((Long) value), now);
            }
        }
        if (!customFields.isEmpty()) {
            // Checked against the type the ticket has after this edit.
            ticket.replaceCustomValues(by, input.editedCustomValues(ticket.type(), ticket.customValues(),
                    customFields, by), now);
        }
        return store(ticket).view();
    }

    /** Adds people in copy by e-mail ("Agregar personas"); unknown addresses become customers. */
    public TicketView addPeople(long number, List<String> emails, Actor by) {
        Ticket ticket = access.visible(number, by);
        Set<Long> people = input.people(emails, by);
        ticket.addCc(by, people, clock.instant());
        return store(ticket).view();
    }

    /** Removes people from the copy (by user id), recorded in the history like any change of the copy. */
    public TicketView removePeople(long number, java.util.Collection<Long> userIds, Actor by) {
        Ticket ticket = access.visible(number, by);
        ticket.removeCc(by, userIds == null ? List.of() : userIds, clock.instant());
        return store(ticket).view();
    }

    public TicketView assign(long number, Long assigneeId, Long groupId, Actor by) {
        Ticket ticket = access.visible(number, by);
        UserView assignee = assigneeId == null ? null : input.agent(assigneeId);
        ticket.assign(by, assignee == null ? null : assignee.id(), input.group(groupId), clock.instant());
        return store(ticket).view();
    }

    /**
     * Agent: moves the ticket to another request type (recorded in the history). The values already given stay
     * with the ticket; fields the new type adds can be filled with {@link #editCustomFields}.
     */
    public TicketView changeType(long number, String typeCode, Actor by) {
        Ticket ticket = access.visible(number, by);
        ticket.changeType(by, input.requestType(typeCode), clock.instant());
        return store(ticket).view();
    }

    /**
     * Changes custom values of a filed ticket: each submitted field replaces its value (an empty list clears it),
     * checked against the ticket's type and what the actor may edit. Each change goes into the history.
     */
    public TicketView editCustomFields(long number, java.util.Map<String, List<String>> values, Actor by) {
        Ticket ticket = access.visible(number, by);
        if (values == null || values.isEmpty()) {
            return ticket.view();
        }
        ticket.replaceCustomValues(by, input.editedCustomValues(ticket.type(), ticket.customValues(), values, by),
                clock.instant());
        return store(ticket).view();
    }

    /**
     * Stores the quality coach's verdict on a ticket: a score from 0 to 100 and the codes of what it found
     * missing. The actor must be able to see the ticket ({@link Actor#system()} always can).
     */
    public TicketView recordQuality(Actor actor, long number, int score, List<String> findings) {
        Ticket ticket = access.visible(number, actor);
        ticket.recordQuality(score, findings);
        return store(ticket).view();
    }

    private Ticket store(Ticket ticket) {
        Ticket saved = tickets.save(ticket);
        history.saveAll(saved.drainChanges().stream().map(change -> new TicketChange(saved.id(), change)).toList());
        return saved;
    }
}
