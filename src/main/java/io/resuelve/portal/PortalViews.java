package io.resuelve.portal;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import io.resuelve.accounts.AccountManagement;
import io.resuelve.accounts.UserView;
import io.resuelve.tickets.TicketStatus;
import io.resuelve.tickets.TicketView;
import io.resuelve.web.Messages;
import org.springframework.stereotype.Component;

/** Builds the portal's view models: labels in the viewer's language, people's names loaded once per page. */
@Component
class PortalViews {

    private final AccountManagement accounts;
    private final Messages messages;

    PortalViews(AccountManagement accounts, Messages messages) {
        this.accounts = accounts;
        this.messages = messages;
    }

    List<TicketRow> rows(List<TicketView> tickets) {
        Map<Long, UserView> people = accounts.users(tickets.stream().map(TicketView::requesterId)
                .collect(java.util.stream.Collectors.toSet()));
        return tickets.stream().map(t -> {
            UserView requester = people.get(t.requesterId());
            return new TicketRow(t.number(), t.subject(), t.createdAt(), t.lastActivityAt(), t.status(),
                    statusLabel(t.status()), messages.of(t.channel().labelKey()),
                    requester == null ? "" : requester.name(), requester == null ? "" : requester.email(),
                    messages.of(t.priority().labelKey()));
        }).toList();
    }

    List<String> csvHeader() {
        return List.of(messages.of("tickets.column.number"), messages.of("tickets.column.subject"),
                messages.of("tickets.column.status"), messages.of("tickets.column.priority"),
                messages.of("tickets.column.created"), messages.of("tickets.column.lastActivity"),
                messages.of("tickets.column.origin"), messages.of("tickets.column.requester"),
                messages.of("field.email"));
    }

    String statusLabel(TicketStatus status) {
        return messages.of(status.customerLabelKey());
    }

    String typeLabel(String type) {
        if (type == null) {
            return "";
        }
        String label = messages.of("ticket.type." + type);
        return label.equals("ticket.type." + type) ? type : label;
    }

    /** Everyone named on a ticket and its messages, by id. */
    Map<Long, UserView> people(TicketView ticket, List<Long> authors) {
        Set<Long> ids = new HashSet<>(ticket.ccIds());
        ids.add(ticket.requesterId());
        authors.stream().filter(Objects::nonNull).forEach(ids::add);
        return accounts.users(ids);
    }
}
