package io.resuelve.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Dates for templates ({@code ${@dates.dateTime(ticket.createdAt)}}) in the viewer's time zone and language. */
@Component("dates")
public class DateFormats {

    public String dateTime(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(LocaleContextHolder.getLocale()).withZone(zone()).format(instant);
    }

    public String date(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(LocaleContextHolder.getLocale()).withZone(zone()).format(instant);
    }

    /** For {@code <time datetime>}: machine-readable, with the offset of the viewer's zone. */
    public String iso(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(zone()).format(instant);
    }

    /** The first day of a date filter, read in the viewer's zone. */
    public Instant startOfDay(java.time.LocalDate date) {
        return date == null ? null : date.atStartOfDay(zone()).toInstant();
    }

    public ZoneId zone() {
        return LocaleContextHolder.getTimeZone() == null ? ResuelveLocaleResolver.DEFAULT_ZONE
                : LocaleContextHolder.getTimeZone().toZoneId();
    }
}
