package io.resuelve.notifications;

import java.time.Clock;
import java.util.List;

import io.resuelve.accounts.Actor;
import io.resuelve.shared.ForbiddenException;
import io.resuelve.shared.NotFoundException;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The notifications module's API for the people notified: each reads and marks only their own. */
@Service
@Transactional(readOnly = true)
public class Notifications {

    private static final int MAX_PAGE = 100;

    private final NotificationRepository notifications;
    private final NotificationPreferenceRepository preferences;
    private final Clock clock;

    Notifications(NotificationRepository notifications, NotificationPreferenceRepository preferences, Clock clock) {
        this.notifications = notifications;
        this.preferences = preferences;
        this.clock = clock;
    }

    public long unreadCount(Actor actor) {
        return notifications.countByUserIdAndReadAtIsNull(person(actor));
    }

    /**
     * One page of the actor's notifications, newest first, from before the id {@code before} (null: the newest),
     * only the unread ones when {@code unreadOnly}.
     */
    public NotificationPage page(Actor actor, boolean unreadOnly, Long before, int size) {
        Long userId = person(actor);
        int limit = Math.max(1, Math.min(size, MAX_PAGE));
        long from = before == null ? Long.MAX_VALUE : before;
        List<Notification> rows = unreadOnly
                ? notifications.findByUserIdAndReadAtIsNullAndIdLessThanOrderByIdDesc(userId, from, Limit.of(limit + 1))
                : notifications.findByUserIdAndIdLessThanOrderByIdDesc(userId, from, Limit.of(limit + 1));
        List<NotificationView> items = rows.stream().limit(limit).map(Notification::view).toList();
        return new NotificationPage(items, rows.size() > limit ? items.get(items.size() - 1).id() : null);
    }

    /**
     * Marks the notification read, with any other unread ones of the same ticket (they are all answered by opening
     * it), and returns it. Someone else's notification does not exist for the actor (404).
     */
    @Transactional
    public NotificationView open(long id, Actor actor) {
        Notification notification = own(id, actor);
        NotificationView view = notification.view();
        notifications.markTicketRead(actor.userId(), view.ticketNumber(), clock.instant());
        notification.markRead(clock.instant());
        return notification.view();
    }

    /** Marks one of the actor's notifications read; 404 when it is not theirs. */
    @Transactional
    public NotificationView markRead(long id, Actor actor) {
        Notification notification = own(id, actor);
        notification.markRead(clock.instant());
        return notification.view();
    }

    /** Marks all of the actor's notifications read; returns how many were unread. */
    @Transactional
    public int markAllRead(Actor actor) {
        return notifications.markAllRead(person(actor), clock.instant());
    }

    public MailPreferences mailPreferences(Actor actor) {
        return preferences.findById(person(actor)).map(NotificationPreference::view)
                .orElse(MailPreferences.DEFAULTS);
    }

    @Transactional
    public MailPreferences saveMailPreferences(MailPreferences choice, Actor actor) {
        Long userId = person(actor);
        NotificationPreference stored = preferences.findById(userId)
                .orElseGet(() -> preferences.save(new NotificationPreference(userId)));
        stored.set(choice);
        return stored.view();
    }

    private Notification own(long id, Actor actor) {
        Long userId = person(actor);
        return notifications.findById(id).filter(n -> n.userId().equals(userId))
                .orElseThrow(() -> new NotFoundException("notifications.error.notFound"));
    }

    /** Notifications are for staff people; customers and Resuelve itself have none. */
    private static Long person(Actor actor) {
        if (!actor.isStaff() || actor.isSystem()) {
            throw new ForbiddenException("error.forbidden");
        }
        return actor.userId();
    }
}
