package io.resuelve.kb;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A news item or service incident shown on the portal home between its start and (optional) end. */
@Entity
@Table(name = "kb_banners")
class Banner {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String title;

    private String body;

    @Enumerated(EnumType.STRING)
    private BannerSeverity severity;

    private Instant startsAt;

    private Instant endsAt;

    private Long createdBy;

    private Instant createdAt;

    protected Banner() {
    }

    Banner(BannerInput input, Long createdBy, Instant now) {
        change(input);
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    void change(BannerInput input) {
        this.title = input.title();
        this.body = input.body();
        this.severity = input.severity();
        this.startsAt = input.startsAt();
        this.endsAt = input.endsAt();
    }

    BannerView view(Instant now) {
        boolean active = !startsAt.isAfter(now) && (endsAt == null || endsAt.isAfter(now));
        return new BannerView(id, title, body, severity, startsAt, endsAt, active);
    }
}
