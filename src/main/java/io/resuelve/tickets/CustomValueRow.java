package io.resuelve.tickets;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.function.Supplier;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * A stored custom value (table {@code ticket_custom_values}), part of the Ticket aggregate. It gives its value to
 * whoever holds it (the search index reads a ticket's values through this).
 */
@Embeddable
class CustomValueRow implements Supplier<CustomValue> {

    @Column(name = "field_key")
    private String key;
    @Enumerated(EnumType.STRING)
    private CustomFieldKind kind;
    @Column(name = "text_value")
    private String text;
    @Column(name = "number_value")
    private BigDecimal number;
    @Column(name = "date_value")
    private LocalDate date;
    @Column(name = "bool_value")
    private Boolean bool;

    protected CustomValueRow() {
    }

    static CustomValueRow of(CustomValue value) {
        CustomValueRow row = new CustomValueRow();
        row.key = value.key();
        row.kind = value.kind();
        row.text = value.text();
        row.number = value.number();
        row.date = value.date();
        row.bool = value.bool();
        return row;
    }

    CustomValue value() {
        return new CustomValue(key, kind, text, number, date, bool);
    }

    @Override
    public CustomValue get() {
        return value();
    }
}
