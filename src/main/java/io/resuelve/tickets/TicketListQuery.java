package io.resuelve.tickets;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import io.resuelve.accounts.AccountManagement;
import io.resuelve.accounts.Actor;
import io.resuelve.accounts.UserView;
import io.resuelve.shared.InvalidInputException;
import jakarta.persistence.criteria.Predicate;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;

/** Turns a {@link TicketQuery} into a scoped specification with a keyset page. */
@Component
class TicketListQuery {

    private final TicketRepository tickets;
    private final TicketAccess access;
    private final AccountManagement accounts;

    TicketListQuery(TicketRepository tickets, TicketAccess access, AccountManagement accounts) {
        this.tickets = tickets;
        this.access = access;
        this.accounts = accounts;
    }

    TicketPage page(TicketQuery query, Actor actor) {
        Specification<Ticket> spec = filters(query, actor).and(after(query));
        List<Ticket> found = tickets.findBy(spec, q -> q.sortBy(order(query.sort())).limit(query.limit() + 1).all());
        boolean more = found.size() > query.limit();
        List<Ticket> page = found.subList(0, Math.min(found.size(), query.limit()));
        String next = more ? cursorOf(page.get(page.size() - 1), query.sort()) : null;
        return new TicketPage(page.stream().map(Ticket::view).toList(), next);
    }

    /** Everything the query selects, in order, at most {@code max} tickets (for exports). */
    List<TicketView> all(TicketQuery query, Actor actor, int max) {
        return tickets.findBy(filters(query, actor), q -> q.sortBy(order(query.sort())).limit(max).all()).stream()
                .map(Ticket::view).toList();
    }

    private Specification<Ticket> filters(TicketQuery query, Actor actor) {
        Specification<Ticket> spec = access.scope(actor);
        if (query.scope() == TicketScope.MINE) {
            spec = spec.and((root, q, cb) -> cb.or(cb.equal(root.get("requesterId"), actor.userId()),
                    cb.isMember(actor.userId(), root.<java.util.Collection<Long>>get("ccIds"))));
        } else if (query.scope() == TicketScope.ORGANISATION) {
            Long organisation = actor.organisationId() == null ? -1L : actor.organisationId();
            spec = spec.and((root, q, cb) -> cb.equal(root.get("organisationId"), organisation));
        }
        if (!query.statuses().isEmpty()) {
            spec = spec.and((root, q, cb) -> root.get("status").in(query.statuses()));
        }
        if (query.requesterEmail() != null && !query.requesterEmail().isBlank()) {
            Long requesterId = accounts.userByEmail(query.requesterEmail()).map(UserView::id).orElse(-1L);
            spec = spec.and((root, q, cb) -> cb.equal(root.get("requesterId"), requesterId));
        }
        if (query.organisationId() != null) {
            spec = spec.and((root, q, cb) -> cb.equal(root.get("organisationId"), query.organisationId()));
        }
        if (query.assigneeId() != null) {
            spec = spec.and((root, q, cb) -> cb.equal(root.get("assigneeId"), query.assigneeId()));
        }
        if (query.groupId() != null) {
            spec = spec.and((root, q, cb) -> cb.equal(root.get("groupId"), query.groupId()));
        }
        if (query.updatedSince() != null) {
            spec = spec.and((root, q, cb) -> cb.greaterThanOrEqualTo(root.get("lastActivityAt"),
                    query.updatedSince()));
        }
        if (query.createdFrom() != null) {
            spec = spec.and((root, q, cb) -> cb.greaterThanOrEqualTo(root.get("createdAt"), query.createdFrom()));
        }
        if (query.createdUntil() != null) {
            spec = spec.and((root, q, cb) -> cb.lessThan(root.get("createdAt"), query.createdUntil()));
        }
        if (query.text() != null && !query.text().isBlank()) {
            spec = spec.and(text(query.text().strip()));
        }
        return spec;
    }

    private static Specification<Ticket> text(String text) {
        String pattern = "%" + text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                .replace("_", "\\_") + "%";
        String digits = text.startsWith("#") ? text.substring(1) : text;
        return (root, q, cb) -> {
            Predicate inSubject = cb.like(cb.lower(root.get("details").get("subject")), pattern, '\\');
            Predicate inDescription = cb.like(cb.lower(root.get("details").get("description")), pattern, '\\');
            if (digits.matches("\\d{1,18}")) {
                return cb.or(inSubject, inDescription, cb.equal(root.get("number"), Long.parseLong(digits)));
            }
            return cb.or(inSubject, inDescription);
        };
    }

    /** Rows strictly after the cursor in the query's order. */
    private static Specification<Ticket> after(TicketQuery query) {
        if (query.cursor() == null || query.cursor().isBlank()) {
            return (root, q, cb) -> cb.conjunction();
        }
        TicketSort sort = query.sort();
        try {
            if (!sort.byActivity()) {
                long number = Long.parseLong(query.cursor());
                return (root, q, cb) -> sort.descending() ? cb.lessThan(root.get("number"), number)
                        : cb.greaterThan(root.get("number"), number);
            }
            String[] parts = query.cursor().split("_", 2);
            Instant at = Instant.parse(parts[0]);
            long number = Long.parseLong(parts[1]);
            return (root, q, cb) -> sort.descending()
                    ? cb.or(cb.lessThan(root.get("lastActivityAt"), at),
                            cb.and(cb.equal(root.get("lastActivityAt"), at), cb.lessThan(root.get("number"), number)))
                    : cb.or(cb.greaterThan(root.get("lastActivityAt"), at),
                            cb.and(cb.equal(root.get("lastActivityAt"), at),
                                    cb.greaterThan(root.get("number"), number)));
        } catch (RuntimeException e) {
            throw new InvalidInputException("cursor", "error.parameter.invalid", "cursor");
        }
    }

    private static Sort order(TicketSort sort) {
        Sort.Direction direction = sort.descending() ? Sort.Direction.DESC : Sort.Direction.ASC;
        return sort.byActivity() ? Sort.by(direction, "lastActivityAt").and(Sort.by(direction, "number"))
                : Sort.by(direction, "number");
    }

    private static String cursorOf(Ticket ticket, TicketSort sort) {
        TicketView view = ticket.view();
        return sort.byActivity() ? view.lastActivityAt() + "_" + view.number() : Long.toString(view.number());
    }
}
