package io.resuelve.web;

import java.util.Locale;

import io.resuelve.shared.DomainException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** A domain refusal as a sentence in the viewer's language, for pages. */
@Component
public class Messages {

    private final MessageSource source;

    Messages(MessageSource source) {
        this.source = source;
    }

    public String of(DomainException e) {
        return source.getMessage(e.messageKey(), e.arguments(), e.messageKey(), LocaleContextHolder.getLocale());
    }

    public String of(String key, Object... args) {
        return source.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }

    /** In a given language: the request's locale is fixed when it starts, even if the person just changed it. */
    public String in(Locale locale, String key, Object... args) {
        return source.getMessage(key, args, key, locale);
    }
}
