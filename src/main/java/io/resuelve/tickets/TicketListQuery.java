package io.resuelve.tickets;

import java.util.List;
import java.util.Locale;

import io.resuelve.accounts.AccountManagement;
import io.resuelve.accounts.Actor;
import io.resuelve.accounts.UserView;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Path;
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
        Specification<Ticket> spec = access.scope(actor).and(filters(query, actor)).and(after(query));
        List<Ticket> found = tickets.findBy(spec, q -> q.sortBy(order(query.sort())).limit(query.limit() + 1).all());
        boolean more = found.size() > query.limit();
        List<Ticket> page = found.subList(0, Math.min(found.size(), query.limit()));
        String next = more ? cursorOf(page.get(page.size() - 1), query.sort()) : null;
        return new TicketPage(page.stream().map(Ticket::view).toList(), next);
    }

    /** Everything the query selects, in order, at most {@code max} tickets (for exports). */
    List<TicketView> all(TicketQuery query, Actor actor, int max) {
        return tickets.findBy(access.scope(actor).and(filters(query, actor)),
                q -> q.sortBy(order(query.sort())).limit(max).all()).stream().map(Ticket::view).toList();
    }

    /** The query's filters without the actor's visibility (the caller adds {@link TicketAccess#scope} once). */
    Specification<Ticket> filters(TicketQuery query, Actor actor) {
        Specification<Ticket> spec = (root, q, cb) -> cb.conjunction();
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
        spec = equal(spec, "organisationId", query.organisationId());
        spec = equal(spec, "assigneeId", query.assigneeId());
        spec = equal(spec, "groupId", query.groupId());
        spec = equal(spec, "channel", query.channel());
        if (query.unassigned()) {
            spec = spec.and((root, q, cb) -> cb.isNull(root.get("assigneeId")));
        }
        if (query.priority() != null) {
            spec = spec.and((root, q, cb) -> cb.equal(root.get("details").get("priority"), query.priority()));
        }
        if (query.type() != null && !query.type().isBlank()) {
            spec = spec.and((root, q, cb) -> cb.equal(root.get("details").get("type"), query.type().strip()));
        }
        if (query.tag() != null && !query.tag().isBlank()) {
            String tag = query.tag().strip().toLowerCase(Locale.ROOT);
            spec = spec.and((root, q, cb) -> cb.isMember(tag, root.<java.util.Collection<String>>get("tags")));
        }
        if (query.customField() != null && !query.customField().isBlank() && query.customValue() != null
                && !query.customValue().isBlank()) {
            spec = spec.and(CustomValueFilter.holds(query.customField().strip(), query.customValue().strip()));
        }
        if (query.updatedSince() != null) {
            spec = spec.and((root, q, cb) -> cb.greaterThanOrEqualTo(root.get("lastActivityAt"),
                    query.updatedSince()));
        }
        if (query.resolvedSince() != null) {
            spec = spec.and((root, q, cb) -> cb.or(
                    cb.greaterThanOrEqualTo(root.get("resolvedAt"), query.resolvedSince()),
                    cb.greaterThanOrEqualTo(root.get("closedAt"), query.resolvedSince())));
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

    private static Specification<Ticket> equal(Specification<Ticket> spec, String attribute, Object value) {
        return value == null ? spec : spec.and((root, q, cb) -> cb.equal(root.get(attribute), value));
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

    /** Rows strictly after the cursor in the query's order: (key, number) compared as a pair. */
    @SuppressWarnings({ "unchecked", "rawtypes" })
    private static Specification<Ticket> after(TicketQuery query) {
        if (query.cursor() == null || query.cursor().isBlank()) {
            return (root, q, cb) -> cb.conjunction();
        }
        TicketSort sort = query.sort();
        TicketCursor cursor = TicketCursor.parse(sort, query.cursor());
        if (sort.column() == TicketSort.Column.NUMBER) {
            return (root, q, cb) -> sort.descending() ? cb.lessThan(root.get("number"), cursor.number())
                    : cb.greaterThan(root.get("number"), cursor.number());
        }
        Comparable key = cursor.key();
        return (root, q, cb) -> {
            Path<?> path = root;
            for (String part : sort.column().attribute().split("\\.")) {
                path = path.get(part);
            }
            @SuppressWarnings("unchecked")
            Expression<Comparable> value = (Expression<Comparable>) path;
            Expression<Long> number = root.get("number");
            return sort.descending()
                    ? cb.or(cb.lessThan(value, key), cb.and(cb.equal(value, key), cb.lessThan(number, cursor.number())))
                    : cb.or(cb.greaterThan(value, key),
                            cb.and(cb.equal(value, key), cb.greaterThan(number, cursor.number())));
        };
    }

    private static Sort order(TicketSort sort) {
        Sort.Direction direction = sort.descending() ? Sort.Direction.DESC : Sort.Direction.ASC;
        return sort.column() == TicketSort.Column.NUMBER ? Sort.by(direction, "number")
                : Sort.by(direction, sort.column().attribute()).and(Sort.by(direction, "number"));
    }

    private static String cursorOf(Ticket ticket, TicketSort sort) {
        return TicketCursor.of(sort, ticket.sortKey(sort.column()), ticket.number());
    }
}
