package io.resuelve.forms;

import java.util.Locale;

/**
 * A ticket to check: its subject, description, request type code (may be {@code null}), the language the findings
 * must be written in, and how many files come with it (a screenshot is evidence).
 */
record QualityRequest(String subject, String description, String typeCode, Locale locale, int attachments) {

    QualityRequest {
        subject = subject == null ? "" : subject;
        description = description == null ? "" : description;
        locale = locale == null ? Locale.forLanguageTag("es") : locale;
    }

    String language() {
        String code = locale.getLanguage();
        return QualityRuleBook.LANGUAGES.contains(code) ? code : QualityRuleBook.LANGUAGES.get(0);
    }
}
