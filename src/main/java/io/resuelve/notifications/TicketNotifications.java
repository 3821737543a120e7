package io.resuelve.notifications;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import io.resuelve.accounts.AccountManagement;
import io.resuelve.accounts.Actor;
import io.resuelve.accounts.AgentGroups;
import io.resuelve.accounts.GroupView;
import io.resuelve.accounts.Role;
import io.resuelve.accounts.UserView;
import io.resuelve.tickets.CustomerReplied;
import io.resuelve.tickets.HistoryEntry;
import io.resuelve.tickets.MessageView;
import io.resuelve.tickets.TicketAssigned;
import io.resuelve.tickets.TicketCreated;
import io.resuelve.tickets.TicketQueries;
import io.resuelve.tickets.TicketView;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Turns the tickets module's events into notifications once the change is committed, in a transaction of their own:
 * a failure never undoes the ticket change, and the event publication registry keeps it for a retry. They run on the
 * thread of the change, so the bell is up to date when the page that made the change answers.
 */
@Component
class TicketNotifications {

    private static final int EXCERPT = 500;

    private final TicketQueries tickets;
    private final AccountManagement accounts;
    private final AgentGroups groups;
    private final Notifier notifier;

    TicketNotifications(TicketQueries tickets, AccountManagement accounts, AgentGroups groups, Notifier notifier) {
        this.tickets = tickets;
        this.accounts = accounts;
        this.groups = groups;
        this.notifier = notifier;
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(TicketCreated event) {
        TicketView ticket = tickets.ticket(event.ticketNumber(), Actor.system());
        List<UserView> agents = ticket.groupId() == null ? accounts.staff().stream().filter(agent -> agent.role() == Role.AGENT).toList() : List.of();
        Set<Long> recipients = NotificationRules.newTicket(ticket.groupId(), groups.enabledMembers(ticket.groupId()),
                agents, ticket.requesterId());
        notifier.notify(recipients, NotificationKind.NEW_TICKET, ticket, name(ticket.requesterId()), null);
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(CustomerReplied event) {
        TicketView ticket = tickets.ticket(event.ticketNumber(), Actor.system());
        Set<Long> recipients = NotificationRules.customerReply(ticket.assigneeId(), event.authorId());
        if (recipients.isEmpty()) {
            return;
        }
        String excerpt = tickets.messages(ticket.number(), Actor.system()).stream()
                .filter(m -> m.id().equals(event.messageId()) && !m.internal()).findFirst()
                .map(MessageView::bodyText).map(TicketNotifications::shorten).orElse(null);
        notifier.notify(recipients, NotificationKind.CUSTOMER_REPLY, ticket, name(event.authorId()), excerpt);
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(TicketAssigned event) {
        TicketView ticket = tickets.ticket(event.ticketNumber(), Actor.system());
        boolean[] changed = changedByThisAssignment(tickets.history(ticket.number(), Actor.system()), event);
        notifier.notify(NotificationRules.assigned(changed[0], event.assigneeId(), event.actorId()),
                NotificationKind.ASSIGNED, ticket, name(event.actorId()), null);
        notifier.notify(NotificationRules.movedToGroup(changed[1], event.groupId(), event.assigneeId(),
                groups.enabledMembers(event.groupId()), event.actorId()), NotificationKind.GROUP_TICKET, ticket,
                groups.group(event.groupId()).map(GroupView::name).orElse(""), null);
    }

    /**
     * The event says where the ticket ended up, not what moved: the latest assignment entries of the history (one
     * action records its entries with one instant) tell whether the assignee and the group changed.
     */
    static boolean[] changedByThisAssignment(List<HistoryEntry> history, TicketAssigned event) {
        boolean assignee = false;
        boolean group = false;
        Instant at = null;
        for (int i = history.size() - 1; i >= 0; i--) {
            HistoryEntry entry = history.get(i);
            if (!"assignee".equals(entry.field()) && !"group".equals(entry.field())) {
                continue;
            }
            if (at == null) {
                at = entry.at();
            } else if (!at.equals(entry.at())) {
                break;
            }
            if ("assignee".equals(entry.field()) && Objects.equals(entry.to(), text(event.assigneeId()))) {
                assignee = true;
            }
            if ("group".equals(entry.field()) && Objects.equals(entry.to(), text(event.groupId()))) {
                group = true;
            }
        }
        return new boolean[] { assignee, group };
    }

    private static String text(Long id) {
        return id == null ? null : id.toString();
    }

    private String name(Long userId) {
        return accounts.user(userId).map(UserView::name).orElse(null);
    }

    private static String shorten(String text) {
        String flat = text.strip();
        return flat.length() <= EXCERPT ? flat : flat.substring(0, EXCERPT - 1) + "…";
    }
}
