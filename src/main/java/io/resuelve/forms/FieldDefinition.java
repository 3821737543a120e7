package io.resuelve.forms;

import java.util.List;
import java.util.Map;

import io.resuelve.shared.Language;
import io.resuelve.tickets.CustomFieldKind;

/**
 * A custom field as an administrator defines it, in every language: what {@link RequestTypes#addField} and
 * {@link RequestTypes#updateField} take and what the admin form edits. The key and kind are fixed at creation.
 */
public record FieldDefinition(String key, CustomFieldKind kind, boolean required, FieldVisibility visibility,
        String dependsOn, String dependsValue, Map<Language, Text> texts, List<Option> options) {

    public FieldDefinition {
        texts = texts == null ? Map.of() : Map.copyOf(texts);
        options = options == null ? List.of() : List.copyOf(options);
    }

    public record Text(String label, String help) {
    }

    public record Option(String key, String es, String en, String pt) {
    }
}
