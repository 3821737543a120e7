package io.resuelve.notifications;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "notifications")
class Notification {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long userId;

    private long ticketNumber;

    @Enumerated(EnumType.STRING)
    private NotificationKind kind;

    private String subject;

    private String detail;

    private Instant createdAt;

    private Instant readAt;

    protected Notification() {
    }

    Notification(Long userId, long ticketNumber, NotificationKind kind, String subject, String detail,
            Instant now) {
        this.userId = userId;
        this.ticketNumber = ticketNumber;
        this.kind = kind;
        this.subject = subject.length() > 300 ? subject.substring(0, 300) : subject;
        this.detail = detail == null || detail.length() <= 200 ? detail : detail.substring(0, 200);
        this.createdAt = now;
    }

    void markRead(Instant now) {
        if (readAt == null) {
            readAt = now;
        }
    }

    Long userId() {
        return userId;
    }

    NotificationView view() {
        return new NotificationView(id, ticketNumber, kind, subject, detail, createdAt, readAt);
    }
}
