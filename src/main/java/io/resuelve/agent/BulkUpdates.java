package io.resuelve.agent;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import io.resuelve.accounts.Actor;
import io.resuelve.shared.DomainException;
import io.resuelve.shared.InvalidInputException;
import io.resuelve.tickets.Priority;
import io.resuelve.tickets.TicketEdit;
import io.resuelve.tickets.TicketField;
import io.resuelve.tickets.TicketManagement;
import io.resuelve.tickets.TicketQueries;
import io.resuelve.tickets.TicketStatus;
import io.resuelve.web.Messages;
import org.springframework.stereotype.Component;

/**
 * Applies a bulk action ticket by ticket, like Zendesk: each ticket's change is one {@link TicketManagement#edit}
 * (its own transaction, all of that ticket's fields or none), and a ticket that refuses the change (closed, not
 * visible, an illegal status move) is reported with the reason while the others keep their change.
 */
@Component
class BulkUpdates {

    static final int MAX_TICKETS = 200;

    private final TicketManagement management;
    private final TicketQueries queries;
    private final Messages messages;

    BulkUpdates(TicketManagement management, TicketQueries queries, Messages messages) {
        this.management = management;
        this.queries = queries;
        this.messages = messages;
    }

    BulkResult apply(BulkForm form, Actor actor) {
        if (form.tickets().isEmpty()) {
            throw new InvalidInputException("tickets", "queues.bulk.noneSelected");
        }
        if (form.tickets().size() > MAX_TICKETS) {
            throw new InvalidInputException("tickets", "queues.bulk.tooMany", MAX_TICKETS);
        }
        String tag = QueueFilters.present(form.etiqueta()) ? form.etiqueta().strip().toLowerCase(Locale.ROOT) : null;
        TicketEdit template = edit(form, actor);
        if (template.fields().isEmpty() && tag == null) {
            throw new InvalidInputException("accion", "queues.bulk.nothingChosen");
        }
        int updated = 0;
        List<BulkResult.Failure> failures = new ArrayList<>();
        for (Long number : form.tickets()) {
            try {
                TicketEdit edit = edit(form, actor);
                if (tag != null) {
                    Set<String> tags = new TreeSet<>(queries.ticket(number, actor).tags());
                    tags.add(tag);
                    edit.set(TicketField.TAGS, tags);
                }
                management.edit(number, edit, actor);
                updated++;
            } catch (DomainException e) {
                failures.add(new BulkResult.Failure(number, messages.of(e)));
            }
        }
        return new BulkResult(updated, failures);
    }

    /** The fields the form changes; blank ones are left out, so they stay as they are on each ticket. */
    private static TicketEdit edit(BulkForm form, Actor actor) {
        TicketEdit edit = new TicketEdit();
        String assignee = form.asignado() == null ? "" : form.asignado().strip();
        if (assignee.equals("yo")) {
            edit.set(TicketField.ASSIGNEE, actor.userId());
        } else if (assignee.equals("ninguno")) {
            edit.set(TicketField.ASSIGNEE, null);
        } else if (assignee.matches("\\d{1,18}")) {
            edit.set(TicketField.ASSIGNEE, Long.valueOf(assignee));
        }
        String group = form.grupo() == null ? "" : form.grupo().strip();
        if (group.equals("ninguno")) {
            edit.set(TicketField.GROUP, null);
        } else if (group.matches("\\d{1,18}")) {
            edit.set(TicketField.GROUP, Long.valueOf(group));
        }
        if (QueueFilters.present(form.estado())) {
            edit.set(TicketField.STATUS, parse(TicketStatus.class, form.estado(), "estado"));
        }
        if (QueueFilters.present(form.prioridad())) {
            edit.set(TicketField.PRIORITY, parse(Priority.class, form.prioridad(), "prioridad"));
        }
        return edit;
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String property) {
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(property, "error.parameter.invalid", property);
        }
    }
}
