package io.resuelve.forms;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import io.resuelve.tickets.CustomValue;
import io.resuelve.tickets.Priority;

/**
 * Seed 004: "Separar lo importante de lo urgente" and "Cuantificar el impacto es muy importante". The impact a
 * requester describes — people, orders and branches affected, whether there is another way to keep working, whether
 * the business is stopped — suggests a priority, with the reason shown to the customer and to agents. The answers
 * travel as custom values with the keys {@code impact_*} of every request type.
 *
 * @param workaround {@code null} when not answered
 */
public record ImpactAssessment(Integer users, Integer orders, Integer branches, Boolean workaround,
        boolean businessStopped) {

    public static final String PREFIX = "impact_";
    public static final String USERS = "impact_users";
    public static final String ORDERS = "impact_orders";
    public static final String BRANCHES = "impact_branches";
    public static final String WORKAROUND = "impact_workaround";
    public static final String STOPPED = "impact_stopped";
    public static final List<String> KEYS = List.of(USERS, ORDERS, BRANCHES, WORKAROUND, STOPPED);

    /** From these many people, orders or branches on, the impact is wide. */
    static final int WIDE_USERS = 20;
    static final int WIDE_ORDERS = 100;
    static final int WIDE_BRANCHES = 5;

    public static final ImpactAssessment NONE = new ImpactAssessment(null, null, null, null, false);

    /** Reads the impact answers among a ticket's custom values. */
    public static ImpactAssessment of(List<CustomValue> values) {
        Integer users = null;
        Integer orders = null;
        Integer branches = null;
        Boolean workaround = null;
        boolean stopped = false;
        for (CustomValue value : values) {
            switch (value.key()) {
                case USERS -> users = whole(value.number());
                case ORDERS -> orders = whole(value.number());
                case BRANCHES -> branches = whole(value.number());
                case WORKAROUND -> workaround = value.bool();
                case STOPPED -> stopped = Boolean.TRUE.equals(value.bool());
                default -> {
                }
            }
        }
        return new ImpactAssessment(users, orders, branches, workaround, stopped);
    }

    /** Whether the requester quantified anything at all (a count above zero, a workaround answer, a stop). */
    public boolean described() {
        return businessStopped || workaround != null || positive(users) || positive(orders) || positive(branches);
    }

    public boolean quantified() {
        return positive(users) || positive(orders) || positive(branches);
    }

    public boolean wide() {
        return at(users, WIDE_USERS) || at(orders, WIDE_ORDERS) || at(branches, WIDE_BRANCHES);
    }

    /** The suggested priority and why; empty when nothing was described. */
    public Optional<PrioritySuggestion> suggestion() {
        if (businessStopped) {
            return Optional.of(new PrioritySuggestion(Priority.URGENT, PrioritySuggestion.Reason.STOPPED));
        }
        if (!described()) {
            return Optional.empty();
        }
        boolean noWorkaround = Boolean.FALSE.equals(workaround);
        if (wide()) {
            return Optional.of(noWorkaround
                    ? new PrioritySuggestion(Priority.URGENT, PrioritySuggestion.Reason.WIDE_NO_WORKAROUND)
                    : new PrioritySuggestion(Priority.HIGH, PrioritySuggestion.Reason.WIDE));
        }
        if (noWorkaround) {
            return Optional.of(new PrioritySuggestion(Priority.HIGH, PrioritySuggestion.Reason.NO_WORKAROUND));
        }
        if (Boolean.TRUE.equals(workaround) && !at(users, 2) && !positive(orders) && !at(branches, 2)) {
            return Optional.of(new PrioritySuggestion(Priority.LOW, PrioritySuggestion.Reason.MINIMAL));
        }
        return Optional.of(new PrioritySuggestion(Priority.NORMAL, PrioritySuggestion.Reason.LIMITED));
    }

    /** Seed 004: choosing "Urgente" without saying how, how much and whom it affects is not enough. */
    public boolean urgentWithoutImpact(Priority chosen) {
        return chosen == Priority.URGENT && !quantified() && !businessStopped;
    }

    private static boolean positive(Integer n) {
        return n != null && n > 0;
    }

    private static boolean at(Integer n, int threshold) {
        return n != null && n >= threshold;
    }

    private static Integer whole(BigDecimal number) {
        return number == null ? null : number.intValue();
    }
}
