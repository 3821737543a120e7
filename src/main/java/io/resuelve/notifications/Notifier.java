package io.resuelve.notifications;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.resuelve.accounts.AccountManagement;
import io.resuelve.accounts.UserView;
import io.resuelve.mail.Audience;
import io.resuelve.mail.MailKind;
import io.resuelve.mail.MailOutbox;
import io.resuelve.mail.OutgoingMail;
import io.resuelve.shared.ResuelveProperties;
import io.resuelve.tickets.TicketView;
import org.springframework.stereotype.Component;

/**
 * Stores a notification for each recipient and, when their preference says so, queues the e-mail in the same
 * transaction: both are kept or neither.
 */
@Component
class Notifier {

    private final NotificationRepository notifications;
    private final NotificationPreferenceRepository preferences;
    private final AccountManagement accounts;
    private final MailOutbox outbox;
    private final ResuelveProperties resuelve;
    private final Clock clock;

    Notifier(NotificationRepository notifications, NotificationPreferenceRepository preferences,
            AccountManagement accounts, MailOutbox outbox, ResuelveProperties resuelve, Clock clock) {
        this.notifications = notifications;
        this.preferences = preferences;
        this.accounts = accounts;
        this.outbox = outbox;
        this.resuelve = resuelve;
        this.clock = clock;
    }

    /**
     * @param detail  who or what caused it (a person's or group's name), shown in the text
     * @param excerpt the customer's words, for the mail of a reply; {@code null} otherwise
     */
    void notify(Set<Long> recipients, NotificationKind kind, TicketView ticket, String detail, String excerpt) {
        if (recipients.isEmpty()) {
            return;
        }
        Map<Long, MailPreferences> choices = preferences.findByUserIdIn(recipients).stream()
                .collect(Collectors.toMap(NotificationPreference::userId, NotificationPreference::view));
        Map<Long, UserView> people = accounts.users(recipients);
        String requester = accounts.user(ticket.requesterId()).map(UserView::name).orElse("");
        for (Long id : recipients) {
            UserView person = people.get(id);
            if (person == null || !person.enabled() || !person.role().isStaff()) {
                continue;
            }
            notifications.save(new Notification(id, ticket.number(), kind, ticket.subject(), detail, clock.instant()));
            if (choices.getOrDefault(id, MailPreferences.DEFAULTS).wants(kind)) {
                mail(person, kind, ticket, detail, excerpt, requester);
            }
        }
    }

    private void mail(UserView agent, NotificationKind kind, TicketView ticket, String detail, String excerpt,
            String requester) {
        Map<String, Object> model = new HashMap<>();
        model.put("subjectKey", "notifications.mail.subject." + kind.name());
        model.put("textKey", kind.textKey(detail));
        model.put("number", ticket.number());
        model.put("subject", ticket.subject());
        model.put("detail", detail);
        model.put("excerpt", excerpt);
        model.put("requesterName", requester);
        model.put("statusKey", ticket.status().agentLabelKey());
        model.put("priorityKey", ticket.priority().labelKey());
        model.put("link", resuelve.link("/agente/tickets/" + ticket.number()));
        model.put("preferencesLink", resuelve.link("/agente/notificaciones/preferencias"));
        outbox.enqueue(new OutgoingMail(agent.email(), agent.name(), agent.language(), Audience.AGENT,
                "ticket-notification", model, MailKind.AUTO_GENERATED));
    }
}
