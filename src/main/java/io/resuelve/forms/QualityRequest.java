package io.resuelve.forms;

import java.util.Locale;

/**
 * A ticket to check: its subject, description, request type code (may be {@code null}), the language the findings
 * must be written in, how many files come with it (a screenshot is evidence), and {@code details}: the texts of the
 * type's own fields (steps, error code, user and route…), which count as part of the description's content.
 */
record QualityRequest(String subject, String description, String typeCode, Locale locale, int attachments,
        String details) {

    QualityRequest(String subject, String description, String typeCode, Locale locale, int attachments) {
        this(subject, description, typeCode, locale, attachments, "");
    }

    QualityRequest {
        subject = subject == null ? "" : subject;
        description = description == null ? "" : description;
        details = details == null ? "" : details;
        locale = locale == null ? Locale.forLanguageTag("es") : locale;
    }

    String language() {
        String code = locale.getLanguage();
        return QualityRuleBook.LANGUAGES.contains(code) ? code : QualityRuleBook.LANGUAGES.get(0);
    }
}
