package io.resuelve.tickets;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One typed value of a custom field on a ticket: exactly one of {@code text}, {@code number}, {@code date},
 * {@code bool} is set, according to {@code kind}. A multi-select field has one value per chosen option.
 */
public record CustomValue(String key, CustomFieldKind kind, String text, BigDecimal number, LocalDate date,
        Boolean bool) {

    public CustomValue {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(kind, "kind");
    }

    public static CustomValue text(String key, CustomFieldKind kind, String text) {
        return new CustomValue(key, kind, text, null, null, null);
    }

    public static CustomValue number(String key, BigDecimal number) {
        return new CustomValue(key, CustomFieldKind.NUMBER, null, number, null, null);
    }

    public static CustomValue date(String key, LocalDate date) {
        return new CustomValue(key, CustomFieldKind.DATE, null, null, date, null);
    }

    public static CustomValue bool(String key, boolean value) {
        return new CustomValue(key, CustomFieldKind.CHECKBOX, null, null, null, value);
    }

    /** The value as plain JSON-friendly data: a string, a number, an ISO date string or a boolean. */
    public Object raw() {
        if (number != null) {
            return number.stripTrailingZeros().scale() <= 0 ? number.toBigInteger() : number.stripTrailingZeros();
        }
        if (date != null) {
            return date.toString();
        }
        if (bool != null) {
            return bool;
        }
        return text;
    }

    /** The value as text, for exports, filters and history ("2026-11-24", "12.5", "true"). */
    public String asText() {
        Object raw = raw();
        return raw == null ? "" : raw instanceof BigDecimal d ? d.toPlainString() : raw.toString();
    }
}
