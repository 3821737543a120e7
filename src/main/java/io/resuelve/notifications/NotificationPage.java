package io.resuelve.notifications;

import java.util.List;

/** One keyset page of notifications, newest first; {@code nextBefore} is the id to continue from, or null. */
public record NotificationPage(List<NotificationView> items, Long nextBefore) {
}
