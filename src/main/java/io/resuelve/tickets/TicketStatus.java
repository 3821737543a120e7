package io.resuelve.tickets;

import java.util.EnumSet;
import java.util.Set;

/**
 * The lifecycle of the seeds. Agents and customers see different labels (message keys
 * {@code ticket.status.<NAME>.agent} and {@code ticket.status.<NAME>.customer}): what an agent calls
 * "Preguntas al cliente" the customer sees as "Esperando tu respuesta".
 */
public enum TicketStatus {
    /** Filed, nobody is on it yet. */
    NEW,
    /** An agent is on it. */
    OPEN,
    /** The agent asked the customer something; the customer's reply returns it to OPEN. */
    PENDING_CUSTOMER,
    /** Waiting on a third party; the customer sees it as open. */
    ON_HOLD,
    /** Solved, awaiting the customer's confirmation ("A la espera de confirmación"). */
    RESOLVED,
    /** Final. A reply creates a follow-up ticket. */
    CLOSED;

    /** The moves the lifecycle allows at all; who may make them is the aggregate's business. */
    public Set<TicketStatus> successors() {
        return switch (this) {
            case NEW -> EnumSet.of(OPEN, PENDING_CUSTOMER, ON_HOLD, RESOLVED, CLOSED);
            case OPEN -> EnumSet.of(PENDING_CUSTOMER, ON_HOLD, RESOLVED, CLOSED);
            case PENDING_CUSTOMER -> EnumSet.of(OPEN, ON_HOLD, RESOLVED, CLOSED);
            case ON_HOLD -> EnumSet.of(OPEN, PENDING_CUSTOMER, RESOLVED, CLOSED);
            case RESOLVED -> EnumSet.of(OPEN, CLOSED);
            case CLOSED -> EnumSet.noneOf(TicketStatus.class);
        };
    }

    public boolean canMoveTo(TicketStatus target) {
        return successors().contains(target);
    }

    /** Still being worked on from the customer's point of view. */
    public boolean isOpen() {
        return this != RESOLVED && this != CLOSED;
    }

    public String agentLabelKey() {
        return "ticket.status." + name() + ".agent";
    }

    public String customerLabelKey() {
        return "ticket.status." + name() + ".customer";
    }
}
