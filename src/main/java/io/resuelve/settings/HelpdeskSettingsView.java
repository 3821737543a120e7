package io.resuelve.settings;

import io.resuelve.shared.Language;

/**
 * The help desk's general settings.
 *
 * @param name            the help desk's name, in the navigation bar, page titles and footer (default "Resuelve")
 * @param supportEmail    the address customers may write to; {@code null} when none is shown
 * @param defaultLanguage the language of people created without one
 * @param defaultTimeZone the time zone of people created without one
 */
public record HelpdeskSettingsView(String name, String supportEmail, Language defaultLanguage,
        String defaultTimeZone) {

    public static final HelpdeskSettingsView DEFAULTS = new HelpdeskSettingsView("Resuelve", null, Language.DEFAULT,
            "America/Bogota");
}
