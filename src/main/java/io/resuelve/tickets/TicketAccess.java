package io.resuelve.tickets;

import io.resuelve.accounts.AccountManagement;
import io.resuelve.accounts.Actor;
import io.resuelve.accounts.AgentGroups;
import io.resuelve.shared.NotFoundException;
import jakarta.persistence.criteria.Predicate;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;

/**
 * The core promise: a customer sees only tickets they requested, are in copy on, or that belong to their
 * organisation when it shares tickets; an agent sees every ticket except those of restricted groups they are not a
 * member of. Anything else does not exist for them (404, never 403).
 */
@Component
class TicketAccess {

    private final TicketRepository tickets;
    private final AccountManagement accounts;
    private final AgentGroups groups;

    TicketAccess(TicketRepository tickets, AccountManagement accounts, AgentGroups groups) {
        this.tickets = tickets;
        this.accounts = accounts;
        this.groups = groups;
    }

    /** The ticket, if this actor may see it; otherwise the same 404 as for a number that does not exist. */
    Ticket visible(long number, Actor actor) {
        return tickets.findByNumber(number)
                .filter(ticket -> canSee(actor, ticket))
                .orElseThrow(() -> new NotFoundException("error.ticket.notFound", number));
    }

    boolean canSee(Actor actor, Ticket ticket) {
        if (actor.isStaff()) {
            return ticket.groupId() == null || !groups.hiddenGroups(actor).contains(ticket.groupId());
        }
        if (ticket.involves(actor.userId())) {
            return true;
        }
        return actor.organisationId() != null && actor.organisationId().equals(ticket.organisationId())
                && accounts.sharesTickets(actor.organisationId());
    }

    /** The same rule as a query predicate, for lists and exports. */
    Specification<Ticket> scope(Actor actor) {
        if (actor.isStaff()) {
            java.util.Set<Long> hidden = groups.hiddenGroups(actor);
            return hidden.isEmpty() ? (root, query, cb) -> cb.conjunction()
                    : (root, query, cb) -> cb.or(cb.isNull(root.get("groupId")), cb.not(root.get("groupId").in(hidden)));
        }
        boolean organisationWide = accounts.sharesTickets(actor.organisationId());
        return (root, query, cb) -> {
            Predicate own = cb.equal(root.get("requesterId"), actor.userId());
            Predicate inCopy = cb.isMember(actor.userId(), root.<java.util.Collection<Long>>get("ccIds"));
            if (organisationWide) {
                return cb.or(own, inCopy, cb.equal(root.get("organisationId"), actor.organisationId()));
            }
            return cb.or(own, inCopy);
        };
    }
}
