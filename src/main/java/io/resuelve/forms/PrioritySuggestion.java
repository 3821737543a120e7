package io.resuelve.forms;

import io.resuelve.tickets.Priority;

/** A priority the impact suggests and the reason, shown in the reader's language through {@link Reason#key()}. */
public record PrioritySuggestion(Priority priority, Reason reason) {

    public enum Reason {
        /** The business is stopped. */
        STOPPED,
        /** Many people, orders or branches and no other way to work. */
        WIDE_NO_WORKAROUND,
        /** Many people, orders or branches, but they can keep working another way. */
        WIDE,
        /** Few affected, but no other way to work. */
        NO_WORKAROUND,
        /** Some people affected, they can keep working. */
        LIMITED,
        /** One person at most, and they can keep working. */
        MINIMAL;

        public String key() {
            return "forms.impact.reason." + name();
        }
    }
}
