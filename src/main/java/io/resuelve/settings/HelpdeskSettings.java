package io.resuelve.settings;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Locale;

import io.resuelve.accounts.Actor;
import io.resuelve.accounts.NewUserDefaults;
import io.resuelve.shared.AdminChangeRecorded;
import io.resuelve.shared.ForbiddenException;
import io.resuelve.shared.InvalidInputException;
import io.resuelve.shared.Language;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The help desk's general settings: its name, the support address shown to customers, and the language and time
 * zone new people get. Without an admin's choice, {@link HelpdeskSettingsView#DEFAULTS} apply.
 */
@Service
@Transactional(readOnly = true)
public class HelpdeskSettings implements NewUserDefaults {

    static final String TARGET = "SETTINGS";
    private static final String EMAIL = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+";

    private final HelpdeskSettingRepository settings;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    HelpdeskSettings(HelpdeskSettingRepository settings, ApplicationEventPublisher events, Clock clock) {
        this.settings = settings;
        this.events = events;
        this.clock = clock;
    }

    public HelpdeskSettingsView current() {
        return settings.findById(HelpdeskSetting.ID).map(HelpdeskSetting::view)
                .orElse(HelpdeskSettingsView.DEFAULTS);
    }

    /** Saves the settings (admins); the change is recorded in the audit log. */
    @Transactional
    public HelpdeskSettingsView change(HelpdeskSettingsView wanted, Actor by) {
        if (!by.isAdmin()) {
            throw new ForbiddenException("error.forbidden");
        }
        HelpdeskSettingsView clean = validate(wanted);
        HelpdeskSettingsView before = current();
        settings.findById(HelpdeskSetting.ID).ifPresentOrElse(s -> s.change(clean, by.userId(), clock.instant()),
                () -> settings.save(new HelpdeskSetting(clean, by.userId(), clock.instant())));
        var audit = AdminChangeRecorded.of(by.userId(), by.email(), "settings.changed", TARGET, HelpdeskSetting.ID,
                null).change("helpdeskName", before.name(), clean.name())
                .change("supportEmail", before.supportEmail(), clean.supportEmail())
                .change("defaultLanguage", before.defaultLanguage().tag(), clean.defaultLanguage().tag())
                .change("defaultTimeZone", before.defaultTimeZone(), clean.defaultTimeZone());
        if (audit.changed()) {
            events.publishEvent(audit.build());
        }
        return clean;
    }

    @Override
    public Language language() {
        return current().defaultLanguage();
    }

    @Override
    public String timeZone() {
        return current().defaultTimeZone();
    }

    private static HelpdeskSettingsView validate(HelpdeskSettingsView wanted) {
        String name = wanted.name() == null ? "" : wanted.name().strip();
        if (name.isEmpty()) {
            throw new InvalidInputException("name", "error.settings.nameRequired");
        }
        if (name.length() > 100) {
            throw new InvalidInputException("name", "error.settings.nameTooLong", 100);
        }
        String email = wanted.supportEmail() == null || wanted.supportEmail().isBlank() ? null
                : wanted.supportEmail().strip().toLowerCase(Locale.ROOT);
        if (email != null && (email.length() > 320 || !email.matches(EMAIL))) {
            throw new InvalidInputException("supportEmail", "error.email.invalid", wanted.supportEmail());
        }
        if (wanted.defaultLanguage() == null) {
            throw new InvalidInputException("defaultLanguage", "error.settings.languageRequired");
        }
        String zone;
        try {
            zone = ZoneId.of(wanted.defaultTimeZone() == null ? "" : wanted.defaultTimeZone().strip()).getId();
        } catch (RuntimeException e) {
            throw new InvalidInputException("defaultTimeZone", "error.timeZone.invalid", wanted.defaultTimeZone());
        }
        return new HelpdeskSettingsView(name, email, wanted.defaultLanguage(), zone);
    }
}

interface HelpdeskSettingRepository extends JpaRepository<HelpdeskSetting, Long> {
}
