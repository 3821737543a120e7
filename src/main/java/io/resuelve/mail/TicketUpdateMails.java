package io.resuelve.mail;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.resuelve.accounts.AccountManagement;
import io.resuelve.accounts.Actor;
import io.resuelve.accounts.Role;
import io.resuelve.accounts.UserView;
import io.resuelve.mail.PendingTicketNotices.Notice;
import io.resuelve.shared.ResuelveProperties;
import io.resuelve.tickets.AgentReplied;
import io.resuelve.tickets.MessageView;
import io.resuelve.tickets.TicketQueries;
import io.resuelve.tickets.TicketRejected;
import io.resuelve.tickets.TicketReturnedToRequester;
import io.resuelve.tickets.TicketStatus;
import io.resuelve.tickets.TicketStatusChanged;
import io.resuelve.tickets.TicketView;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * What customers are told while support works on their ticket: an agent's public reply, the resolution ("¿Se ha
 * resuelto su problema?"), a rejection and a return for missing information. Each goes to the requester and the
 * people in copy who are customers, in their own language; staff never get these mails, and internal notes are never
 * mailed. Queued in the transaction of the change, like {@link TicketMails}.
 */
@Component
class TicketUpdateMails {

    private final MailOutbox outbox;
    private final TicketQueries tickets;
    private final AccountManagement accounts;
    private final ResuelveProperties resuelve;

    TicketUpdateMails(MailOutbox outbox, TicketQueries tickets, AccountManagement accounts,
            ResuelveProperties resuelve) {
        this.outbox = outbox;
        this.tickets = tickets;
        this.accounts = accounts;
        this.resuelve = resuelve;
    }

    // A reply and a resolution in one action make one mail: both wait for the end of the transaction.

    @EventListener
    void on(AgentReplied event) {
        PendingTicketNotices.current(this::send).replied(event.ticketNumber(), event.messageId());
    }

    @EventListener
    void on(TicketStatusChanged event) {
        if (event.to() == TicketStatus.RESOLVED) {
            PendingTicketNotices.current(this::send).resolved(event.ticketNumber());
        }
    }

    @EventListener
    void on(TicketRejected event) {
        TicketView ticket = tickets.ticket(event.ticketNumber(), Actor.system());
        mailCustomers(ticket, "ticket-rejected", Map.of("reason", event.reason()));
    }

    @EventListener
    void on(TicketReturnedToRequester event) {
        TicketView ticket = tickets.ticket(event.ticketNumber(), Actor.system());
        mailCustomers(ticket, "ticket-returned", Map.of("message", publicMessage(ticket, event.messageId()).bodyText()));
    }

    private void send(Notice notice) {
        TicketView ticket = tickets.ticket(notice.ticketNumber(), Actor.system());
        if (notice.replyMessageIds().isEmpty()) {
            mailCustomers(ticket, "ticket-resolved", Map.of());
            return;
        }
        for (Long messageId : notice.replyMessageIds()) {
            MessageView reply = publicMessage(ticket, messageId);
            String agentName = accounts.user(reply.authorId()).map(UserView::name).orElse("");
            mailCustomers(ticket, "ticket-reply", Map.of("agentName", agentName, "reply", reply.bodyText(),
                    // The confirmation question rides on the last reply of the action only.
                    "askConfirmation", notice.resolved()
                            && messageId.equals(notice.replyMessageIds().get(notice.replyMessageIds().size() - 1))));
        }
    }

    private MessageView publicMessage(TicketView ticket, Long messageId) {
        return tickets.messages(ticket.number(), Actor.system()).stream()
                .filter(message -> message.id().equals(messageId) && !message.internal()).findFirst()
                .orElseThrow(() -> new IllegalStateException("No public message " + messageId + " on ticket #"
                        + ticket.number()));
    }

    /** Queues the template for each customer on the ticket, with the ticket's summary and link added to the model. */
    private void mailCustomers(TicketView ticket, String template, Map<String, Object> model) {
        Map<String, Object> full = new HashMap<>(model);
        full.put("number", ticket.number());
        full.put("subject", ticket.subject());
        full.put("statusKey", ticket.status().customerLabelKey());
        full.put("waitingOnCustomer", ticket.status() == TicketStatus.PENDING_CUSTOMER);
        // A plain link: reading the ticket needs signing in, the mail grants nothing.
        full.put("link", resuelve.link("/tickets/" + ticket.number()));
        for (UserView customer : customers(ticket)) {
            outbox.enqueue(new OutgoingMail(customer.email(), customer.name(), customer.language(),
                    Audience.CUSTOMER, template, full, MailKind.AUTO_GENERATED).aboutTicket(ticket.number()));
        }
    }

    /** The requester and the people in copy who are customers, each once. */
    private List<UserView> customers(TicketView ticket) {
        Set<Long> ids = new LinkedHashSet<>();
        ids.add(ticket.requesterId());
        ids.addAll(ticket.ccIds());
        Map<Long, UserView> people = accounts.users(ids);
        return ids.stream().map(people::get)
                .filter(person -> person != null && person.role() == Role.CUSTOMER).toList();
    }
}
