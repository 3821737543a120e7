package io.resuelve.portal;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import io.resuelve.accounts.AccountManagement;
import io.resuelve.accounts.Actor;
import io.resuelve.forms.CustomValueRows;
import io.resuelve.forms.RequestTypeView;
import io.resuelve.forms.RequestTypes;
import io.resuelve.accounts.UserView;
import io.resuelve.tickets.TicketStatus;
import io.resuelve.tickets.TicketView;
import io.resuelve.web.Messages;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Builds the portal's view models: labels in the viewer's language, people's names loaded once per page. */
@Component
class PortalViews {

    private final AccountManagement accounts;
    private final Messages messages;
    private final RequestTypes types;
    private final CustomValueRows valueRows;

    PortalViews(AccountManagement accounts, Messages messages, RequestTypes types, CustomValueRows valueRows) {
        this.accounts = accounts;
        this.messages = messages;
        this.types = types;
        this.valueRows = valueRows;
    }

    /** The custom values of a ticket the viewer may see, labelled, in the type's order. */
    List<CustomValueRows.Row> customValues(TicketView ticket, Actor viewer) {
        return valueRows.rows(ticket.type(), ticket.customFields(), viewer, LocaleContextHolder.getLocale());
    }

    /**
     * The export's extra columns: the section, then one per custom field found among the tickets (first seen
     * first), headed by the field's label. Returns the header cells and each ticket's cells, in order.
     */
    CustomColumns customColumns(List<TicketView> tickets, Actor viewer) {
        Map<String, String> labels = new java.util.LinkedHashMap<>();
        Map<Long, Map<String, String>> cells = new java.util.HashMap<>();
        for (TicketView ticket : tickets) {
            Map<String, String> byKey = new java.util.HashMap<>();
            for (CustomValueRows.Row row : customValues(ticket, viewer)) {
                labels.putIfAbsent(row.key(), row.label());
                byKey.put(row.key(), row.value());
            }
            cells.put(ticket.number(), byKey);
        }
        List<String> header = new java.util.ArrayList<>();
        header.add(messages.of("newTicket.type"));
        header.addAll(labels.values());
        return new CustomColumns(header, ticket -> {
            List<String> row = new java.util.ArrayList<>();
            row.add(typeLabel(ticket.type()));
            Map<String, String> byKey = cells.getOrDefault(ticket.number(), Map.of());
            labels.keySet().forEach(key -> row.add(byKey.getOrDefault(key, "")));
            return row;
        });
    }

    record CustomColumns(List<String> header, java.util.function.Function<TicketView, List<String>> cells) {
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
        return types.byCode(type, LocaleContextHolder.getLocale()).map(RequestTypeView::name).orElse(type);
    }

    /** Everyone named on a ticket and its messages, by id. */
    Map<Long, UserView> people(TicketView ticket, List<Long> authors) {
        Set<Long> ids = new HashSet<>(ticket.ccIds());
        ids.add(ticket.requesterId());
        authors.stream().filter(Objects::nonNull).forEach(ids::add);
        return accounts.users(ids);
    }
}
