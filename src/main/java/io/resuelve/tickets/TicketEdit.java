package io.resuelve.tickets;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import io.resuelve.shared.InvalidInputException;

/**
 * A partial update (PATCH): only the fields present are changed. Values are typed per field: String for text and
 * country, {@link Priority}, Long ids for brand/product/assignee/group, {@code Set<String>} for tags and
 * {@code Set<String>} of e-mails for cc.
 */
public final class TicketEdit {

    private final Map<TicketField, Object> values = new EnumMap<>(TicketField.class);
    private final Map<String, String> problems = new LinkedHashMap<>();

    public TicketEdit set(TicketField field, Object value) {
        values.put(field, value);
        return this;
    }

    /**
     * Records a property that could not be read ({@code messageKey} says why). Reported as a 400 only after the
     * caller was found to see the ticket, so an unreadable edit of someone else's ticket is still a 404.
     */
    public TicketEdit problem(String property, String messageKey) {
        problems.putIfAbsent(property, messageKey);
        return this;
    }

    void requireReadable() {
        problems.entrySet().stream().findFirst().ifPresent(problem -> {
            throw new InvalidInputException(problem.getKey(), problem.getValue(), problem.getKey());
        });
    }

    public Set<TicketField> fields() {
        return values.keySet();
    }

    Object value(TicketField field) {
        return values.get(field);
    }
}
