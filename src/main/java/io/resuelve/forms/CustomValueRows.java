package io.resuelve.forms;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.resuelve.accounts.Actor;
import io.resuelve.tickets.CustomFieldKind;
import io.resuelve.tickets.CustomValue;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A ticket's custom values for people to read: in the order of the type's fields, with the field's label, option
 * labels instead of keys, dates and yes/no in the reader's language. Values of fields the reader may not see are left
 * out; values kept from a previous type (after a type change) come last, flagged. Impact answers are not included
 * (pages show them with the suggested priority).
 */
@Component
public class CustomValueRows {

    private final RequestTypes types;
    private final MessageSource messages;

    CustomValueRows(RequestTypes types, MessageSource messages) {
        this.types = types;
        this.messages = messages;
    }

    /** One field's value as shown; {@code otherType}: it belongs to a field the ticket's current type lacks. */
    public record Row(String key, String label, String value, boolean agentsOnly, boolean otherType) {
    }

    public List<Row> rows(String typeCode, List<CustomValue> values, Actor reader, Locale locale) {
        Map<String, List<CustomValue>> byKey = new LinkedHashMap<>();
        values.stream().filter(v -> !v.key().startsWith(ImpactAssessment.PREFIX))
                .forEach(v -> byKey.computeIfAbsent(v.key(), k -> new ArrayList<>()).add(v));
        List<Row> rows = new ArrayList<>();
        RequestTypeView type = types.byCode(typeCode, locale).orElse(null);
        if (type != null) {
            for (FieldView field : type.fields()) {
                List<CustomValue> given = byKey.remove(field.key());
                if (given != null && field.visibleTo(reader)) {
                    rows.add(new Row(field.key(), field.label(), text(field, given, locale),
                            field.visibility() == FieldVisibility.AGENTS_ONLY, false));
                }
            }
        }
        if (reader.isStaff()) {
            byKey.forEach((key, given) -> rows.add(new Row(key, key, text(null, given, locale), false, true)));
        }
        return rows;
    }

    /** The value of one field as text ({@code field} may be null for a field no longer defined). */
    public String text(FieldView field, List<CustomValue> given, Locale locale) {
        List<String> parts = new ArrayList<>();
        for (CustomValue value : given) {
            parts.add(text(field, value, locale));
        }
        return String.join(", ", parts);
    }

    private String text(FieldView field, CustomValue value, Locale locale) {
        if (value.date() != null) {
            return value.date().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale));
        }
        if (value.bool() != null) {
            return messages.getMessage(value.bool() ? "forms.yes" : "forms.no", null, locale);
        }
        if (value.number() != null) {
            BigDecimal n = value.number().stripTrailingZeros();
            return (n.scale() < 0 ? n.setScale(0) : n).toPlainString();
        }
        if (field != null && (value.kind() == CustomFieldKind.SELECT || value.kind() == CustomFieldKind.MULTI_SELECT)) {
            return field.optionLabel(value.text());
        }
        return value.text() == null ? "" : value.text();
    }
}
