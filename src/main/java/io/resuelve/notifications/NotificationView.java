package io.resuelve.notifications;

import java.time.Instant;

/** One notification as its recipient sees it. */
public record NotificationView(Long id, long ticketNumber, NotificationKind kind, String subject, String detail,
        Instant createdAt, Instant readAt) {

    public String textKey() {
        return kind.textKey(detail);
    }

    public boolean unread() {
        return readAt == null;
    }
}
