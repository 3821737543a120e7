package io.resuelve.notifications;

/** Why an agent is told about a ticket; texts are message keys {@code notifications.kind.<NAME>…}. */
public enum NotificationKind {
    /** A new ticket in one of their groups (or, when it has no group yet, for every agent). */
    NEW_TICKET,
    /** A ticket was moved into one of their groups without an assignee. */
    GROUP_TICKET,
    /** The customer replied on a ticket assigned to them. */
    CUSTOMER_REPLY,
    /** Someone else assigned the ticket to them. */
    ASSIGNED;

    /**
     * The sentence for a notification, e.g. "{0} respondió…" with the detail as argument 0, or its variant without
     * a name when nobody is named (Resuelve itself assigned the ticket).
     */
    public String textKey(String detail) {
        return "notifications.kind." + name() + (detail == null || detail.isBlank() ? ".nobody" : "");
    }

    /** The e-mail preference that covers this kind. */
    MailPreference preference() {
        return switch (this) {
            case NEW_TICKET, GROUP_TICKET -> MailPreference.GROUP_TICKETS;
            case CUSTOMER_REPLY -> MailPreference.CUSTOMER_REPLIES;
            case ASSIGNED -> MailPreference.ASSIGNED;
        };
    }

    enum MailPreference {
        GROUP_TICKETS, CUSTOMER_REPLIES, ASSIGNED
    }
}
