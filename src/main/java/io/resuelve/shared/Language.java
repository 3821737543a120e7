package io.resuelve.shared;

import java.util.Locale;

/** The languages Resuelve speaks; Spanish is the default. */
public enum Language {
    ES, EN, PT;

    public static final Language DEFAULT = ES;

    public Locale locale() {
        return Locale.forLanguageTag(tag());
    }

    public String tag() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses "es", "en-GB", "pt_BR"…; anything unknown or blank gives the default. */
    public static Language fromTag(String tag) {
        if (tag == null || tag.isBlank()) {
            return DEFAULT;
        }
        String primary = tag.trim().split("[-_]")[0].toUpperCase(Locale.ROOT);
        for (Language language : values()) {
            if (language.name().equals(primary)) {
                return language;
            }
        }
        return DEFAULT;
    }
}
