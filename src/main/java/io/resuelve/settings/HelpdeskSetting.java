package io.resuelve.settings;

import java.time.Instant;

import io.resuelve.shared.Language;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The single row of general settings (id 1), written the first time an admin saves them. */
@Entity
@Table(name = "helpdesk_settings")
class HelpdeskSetting {

    static final long ID = 1L;

    @Id
    private Long id;

    @Column(name = "helpdesk_name")
    private String name;

    private String supportEmail;

    @Enumerated(EnumType.STRING)
    private Language defaultLanguage;

    private String defaultTimeZone;

    private Long updatedBy;

    private Instant updatedAt;

    protected HelpdeskSetting() {
    }

    HelpdeskSetting(HelpdeskSettingsView values, Long by, Instant now) {
        this.id = ID;
        change(values, by, now);
    }

    void change(HelpdeskSettingsView values, Long by, Instant now) {
        this.name = values.name();
        this.supportEmail = values.supportEmail();
        this.defaultLanguage = values.defaultLanguage();
        this.defaultTimeZone = values.defaultTimeZone();
        this.updatedBy = by;
        this.updatedAt = now;
    }

    HelpdeskSettingsView view() {
        return new HelpdeskSettingsView(name, supportEmail, defaultLanguage, defaultTimeZone);
    }
}
