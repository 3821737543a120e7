package io.resuelve.notifications;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An agent's stored e-mail choices; without a row, {@link MailPreferences#DEFAULTS} apply. */
@Entity
@Table(name = "notification_preferences")
class NotificationPreference {

    @Id
    private Long userId;

    private boolean mailGroupTickets;

    private boolean mailCustomerReplies;

    private boolean mailAssigned;

    protected NotificationPreference() {
    }

    NotificationPreference(Long userId) {
        this.userId = userId;
    }

    void set(MailPreferences preferences) {
        mailGroupTickets = preferences.groupTickets();
        mailCustomerReplies = preferences.customerReplies();
        mailAssigned = preferences.assigned();
    }

    Long userId() {
        return userId;
    }

    MailPreferences view() {
        return new MailPreferences(mailGroupTickets, mailCustomerReplies, mailAssigned);
    }
}
