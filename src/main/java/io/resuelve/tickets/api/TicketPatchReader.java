package io.resuelve.tickets.api;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import io.resuelve.shared.InvalidInputException;
import io.resuelve.tickets.Priority;
import io.resuelve.tickets.TicketEdit;
import io.resuelve.tickets.TicketField;
import io.resuelve.tickets.TicketStatus;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Reads a PATCH body into a {@link TicketEdit}: only properties present are changed, {@code null} clears. Unknown
 * or unreadable properties are recorded on the edit and answered with 400 once the ticket is known to be visible;
 * whether the caller may change a known one is the domain's allow-list.
 */
@Component
class TicketPatchReader {

    TicketEdit read(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw new InvalidInputException("body", "error.body.unreadable");
        }
        TicketEdit edit = new TicketEdit();
        for (Map.Entry<String, JsonNode> property : body.properties()) {
            var field = TicketField.byApiName(property.getKey());
            if (field.isEmpty()) {
                edit.problem(property.getKey(), "error.ticket.unknownField");
                continue;
            }
            try {
                edit.set(field.get(), value(field.get(), property.getValue()));
            } catch (InvalidInputException e) {
                edit.problem(property.getKey(), "error.parameter.invalid");
            }
        }
        return edit;
    }

    private static Object value(TicketField field, JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        try {
            return switch (field) {
                case BRAND, PRODUCT, ASSIGNEE, GROUP, ORGANISATION -> id(field, node);
                case PRIORITY -> Priority.valueOf(text(field, node));
                case STATUS -> TicketStatus.valueOf(text(field, node));
                case CC, TAGS -> strings(field, node);
                default -> text(field, node);
            };
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field.apiName(), "error.parameter.invalid", field.apiName());
        }
    }

    private static Long id(TicketField field, JsonNode node) {
        if (!node.isIntegralNumber() && !(node.isString() && node.asString().matches("\\d{1,18}"))) {
            throw new InvalidInputException(field.apiName(), "error.parameter.invalid", field.apiName());
        }
        return node.asLong();
    }

    private static String text(TicketField field, JsonNode node) {
        if (!node.isString() && !node.isNumber()) {
            throw new InvalidInputException(field.apiName(), "error.parameter.invalid", field.apiName());
        }
        return node.asString();
    }

    private static Set<String> strings(TicketField field, JsonNode node) {
        if (!node.isArray()) {
            throw new InvalidInputException(field.apiName(), "error.parameter.invalid", field.apiName());
        }
        Set<String> values = new LinkedHashSet<>();
        for (JsonNode element : node) {
            values.add(text(field, element));
        }
        return values;
    }
}
