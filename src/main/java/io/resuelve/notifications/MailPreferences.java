package io.resuelve.notifications;

/**
 * Which notifications an agent also wants by e-mail. The defaults follow what help desks ship: replies on my
 * tickets and assignments to me by mail, the (many) new tickets of my groups only in the app.
 */
public record MailPreferences(boolean groupTickets, boolean customerReplies, boolean assigned) {

    public static final MailPreferences DEFAULTS = new MailPreferences(false, true, true);

    boolean wants(NotificationKind kind) {
        return switch (kind.preference()) {
            case GROUP_TICKETS -> groupTickets;
            case CUSTOMER_REPLIES -> customerReplies;
            case ASSIGNED -> assigned;
        };
    }
}
