package io.resuelve.tickets;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * A partial update (PATCH): only the fields present are changed. Values are typed per field: String for text and
 * country, {@link Priority}, Long ids for brand/product/assignee/group, {@code Set<String>} for tags and
 * {@code Set<String>} of e-mails for cc.
 */
public final class TicketEdit {

    private final Map<TicketField, Object> values = new EnumMap<>(TicketField.class);

    public TicketEdit set(TicketField field, Object value) {
        values.put(field, value);
        return this;
    }

    public Set<TicketField> fields() {
        return values.keySet();
    }

    Object value(TicketField field) {
        return values.get(field);
    }
}
