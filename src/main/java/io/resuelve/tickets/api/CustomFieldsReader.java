package io.resuelve.tickets.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.resuelve.shared.InvalidInputException;
import tools.jackson.databind.JsonNode;

/**
 * Reads {@code customFields} of a request body: an object keyed by field key whose values are strings, numbers,
 * booleans, null (clears) or, for a multi-select, arrays of them. The request type then checks each value's kind.
 */
final class CustomFieldsReader {

    private CustomFieldsReader() {
    }

    static Map<String, List<String>> read(JsonNode node) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        if (node == null || node.isNull() || node.isMissingNode()) {
            return values;
        }
        if (!node.isObject()) {
            throw new InvalidInputException("customFields", "forms.error.customFieldsObject");
        }
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            List<String> texts = new ArrayList<>();
            JsonNode value = entry.getValue();
            if (value.isArray()) {
                value.forEach(item -> texts.add(scalar(entry.getKey(), item)));
            } else if (!value.isNull()) {
                texts.add(scalar(entry.getKey(), value));
            }
            values.put(entry.getKey(), texts);
        }
        return values;
    }

    private static String scalar(String key, JsonNode value) {
        if (value.isString()) {
            return value.asString();
        }
        if (value.isNumber() || value.isBoolean()) {
            return value.asString();
        }
        throw new InvalidInputException(key, "forms.error.customFieldValue", key);
    }
}
