package io.resuelve.agent;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import io.resuelve.tickets.Channel;
import io.resuelve.tickets.Priority;
import io.resuelve.tickets.TicketQuery;
import io.resuelve.tickets.TicketScope;
import io.resuelve.tickets.TicketSort;
import io.resuelve.tickets.TicketStatus;

/**
 * Builds the ticket query of a queue page: the view's own conditions, narrowed by the filters. Filters never
 * widen a view: a status outside the view, or an assignee other than "Mis tickets"' own, selects nothing (empty).
 * Unreadable values (an unknown status or priority) are ignored, as a hand-edited bookmark should still open.
 */
final class QueueQueryBuilder {

    static final int PAGE_SIZE = 50;

    private final Long agentId;
    private final Instant now;
    private final ZoneId zone;

    QueueQueryBuilder(Long agentId, Instant now, ZoneId zone) {
        this.agentId = agentId;
        this.now = now;
        this.zone = zone;
    }

    /** What the view alone selects: the query its count is taken from. */
    TicketQuery view(QueueView view, Long groupId) {
        return new TicketQuery(view.statuses(), null, null, view == QueueView.MINE ? agentId : null,
                view == QueueView.GROUP ? groupId : null, null, null, null, null, TicketScope.ALL,
                view.defaultSort(), null, PAGE_SIZE, null, null, null, null, view == QueueView.UNASSIGNED,
                view == QueueView.RESOLVED ? now.minus(Duration.ofDays(QueueView.RESOLVED_DAYS)) : null);
    }

    /** The page to list, or empty when the filters contradict the view (nothing can match). */
    Optional<TicketQuery> page(QueueView view, Long groupId, QueueFilters filters) {
        TicketQuery base = view(view, groupId);
        Set<TicketStatus> statuses = statuses(base.statuses(), filters);
        if (statuses.isEmpty()) {
            return Optional.empty();
        }
        Long assignee = base.assigneeId();
        boolean unassigned = base.unassigned();
        String asignado = filters.asignado() == null ? "" : filters.asignado().strip();
        if (asignado.equals("ninguno")) {
            unassigned = true;
        } else if (asignado.equals("yo") || asignado.matches("\\d{1,18}")) {
            Long chosen = asignado.equals("yo") ? agentId : Long.valueOf(asignado);
            if (assignee != null && !assignee.equals(chosen)) {
                return Optional.empty();
            }
            assignee = chosen;
        }
        if (unassigned && assignee != null) {
            return Optional.empty();
        }
        Long group = base.groupId();
        if (filters.grupo() != null) {
            if (group != null && !group.equals(filters.grupo())) {
                return Optional.empty();
            }
            group = filters.grupo();
        }
        return Optional.of(new TicketQuery(statuses, null, filters.organizacion(), assignee, group, null,
                blank(filters.q()), filters.desde() == null ? null : filters.desde().atStartOfDay(zone).toInstant(),
                filters.hasta() == null ? null : filters.hasta().plusDays(1).atStartOfDay(zone).toInstant(),
                TicketScope.ALL, sort(view, filters), blank(filters.cursor()), PAGE_SIZE,
                parse(Priority.class, filters.prioridad()), blank(filters.tipo()),
                parse(Channel.class, filters.canal()), blank(filters.etiqueta()), unassigned,
                base.resolvedSince(), blank(filters.campo()), blank(filters.valor())));
    }

    /** The order the filters ask for ({@code orden} a column slug, {@code dir} asc/desc), else the view's. */
    static TicketSort sort(QueueView view, QueueFilters filters) {
        return QueueColumn.bySlug(Objects.requireNonNullElse(filters.orden(), ""))
                .map(column -> TicketSort.by(column.sortColumn(), !"asc".equals(filters.dir())))
                .orElse(view.defaultSort());
    }

    private static Set<TicketStatus> statuses(Set<TicketStatus> ofView, QueueFilters filters) {
        Set<TicketStatus> chosen = EnumSet.noneOf(TicketStatus.class);
        filters.estado().forEach(s -> {
            TicketStatus status = parse(TicketStatus.class, s);
            if (status != null) {
                chosen.add(status);
            }
        });
        if (chosen.isEmpty()) {
            return ofView;
        }
        chosen.retainAll(ofView);
        return chosen;
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
