package io.resuelve.macros;

/** What a macro does with the ticket's assignee. */
public enum AssigneeAction {
    /** Leaves the assignee as it is. */
    NONE,
    /** Assigns the ticket to the agent the macro names. */
    AGENT,
    /** Assigns the ticket to whoever applies the macro ("Asignarme"). */
    SELF;

    public String labelKey() {
        return "macros.assignee." + name();
    }
}
