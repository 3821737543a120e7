package io.resuelve.forms;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import io.resuelve.shared.InvalidInputException;
import io.resuelve.shared.Language;
import io.resuelve.tickets.CustomFieldKind;
import org.springframework.stereotype.Component;

/**
 * What an administrator may define: codes and keys that stay stable in URLs, filters and the API, a Spanish name
 * (the default language) for every type and field, options for choices, and dependencies on a field that can
 * actually hold the awaited value. Texts are trimmed and bounded to their columns.
 */
@Component
class RequestTypeRules {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");
    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9_]{0,59}");

    TypeDefinition type(TypeDefinition definition, String existingCode) {
        String code = existingCode;
        if (code == null) {
            code = definition.code() == null ? "" : definition.code().strip().toUpperCase(java.util.Locale.ROOT);
            if (!CODE.matcher(code).matches()) {
                throw new InvalidInputException("code", "forms.error.code");
            }
        }
        Map<Language, TypeDefinition.Text> texts = new HashMap<>();
        definition.texts().forEach((language, text) -> {
            String name = trim(text.name(), 100, "name");
            if (name != null) {
                texts.put(language, new TypeDefinition.Text(name, trim(text.description(), 500, "description"),
                        trim(text.subjectHelp(), 500, "subjectHelp"),
                        trim(text.descriptionHelp(), 500, "descriptionHelp")));
            }
        });
        TypeDefinition.Text spanish = texts.get(Language.DEFAULT);
        if (spanish == null) {
            throw new InvalidInputException("name", "forms.error.nameRequired");
        }
        if (spanish.description() == null) {
            throw new InvalidInputException("description", "forms.error.descriptionRequired");
        }
        texts.replaceAll((language, text) -> text.description() != null ? text
                : new TypeDefinition.Text(text.name(), spanish.description(), text.subjectHelp(),
                        text.descriptionHelp()));
        return new TypeDefinition(code, texts, definition.askImpact(), definition.checklist());
    }

    FieldDefinition newField(RequestType type, FieldDefinition definition) {
        String key = definition.key() == null ? "" : definition.key().strip().toLowerCase(java.util.Locale.ROOT);
        if (!KEY.matcher(key).matches() || key.startsWith(ImpactAssessment.PREFIX)) {
            throw new InvalidInputException("key", "forms.error.key");
        }
        if (type.field(key).isPresent()) {
            throw new InvalidInputException("key", "forms.error.keyTaken", key);
        }
        if (definition.kind() == null) {
            throw new InvalidInputException("kind", "forms.error.kindRequired");
        }
        return check(type, key, definition.kind(), definition);
    }

    FieldDefinition field(RequestType type, RequestField field, FieldDefinition definition) {
        return check(type, field.key(), field.kind(), definition);
    }

    private FieldDefinition check(RequestType type, String key, CustomFieldKind kind, FieldDefinition definition) {
        Map<Language, FieldDefinition.Text> texts = new HashMap<>();
        definition.texts().forEach((language, text) -> {
            String label = trim(text.label(), 200, "label");
            if (label != null) {
                texts.put(language, new FieldDefinition.Text(label, trim(text.help(), 1000, "help")));
            }
        });
        if (!texts.containsKey(Language.DEFAULT)) {
            throw new InvalidInputException("label", "forms.error.labelRequired");
        }
        List<FieldDefinition.Option> options = List.of();
        if (kind == CustomFieldKind.SELECT || kind == CustomFieldKind.MULTI_SELECT) {
            options = options(definition.options());
        }
        String dependsOn = trim(definition.dependsOn(), 60, "dependsOn");
        String dependsValue = null;
        if (dependsOn != null) {
            RequestField parent = type.field(dependsOn).filter(p -> !p.key().equals(key))
                    .orElseThrow(() -> new InvalidInputException("dependsOn", "forms.error.dependsOn"));
            dependsValue = trim(definition.dependsValue(), 60, "dependsValue");
            boolean possible = switch (parent.kind()) {
                case SELECT, MULTI_SELECT -> parent.definition().options().stream()
                        .anyMatch(o -> o.key().equals(definition.dependsValue() == null ? ""
                                : definition.dependsValue().strip()));
                case CHECKBOX -> "true".equals(dependsValue) || "false".equals(dependsValue);
                default -> false;
            };
            if (!possible || dependsOn(type, parent.key()).contains(key)) {
                throw new InvalidInputException("dependsValue", "forms.error.dependsValue");
            }
        }
        FieldVisibility visibility = definition.visibility() == null ? FieldVisibility.CUSTOMER_EDITABLE
                : definition.visibility();
        return new FieldDefinition(key, kind, definition.required(), visibility, dependsOn, dependsValue, texts,
                options);
    }

    private static List<FieldDefinition.Option> options(List<FieldDefinition.Option> given) {
        Set<String> keys = new HashSet<>();
        List<FieldDefinition.Option> options = new java.util.ArrayList<>();
        for (FieldDefinition.Option option : given) {
            String es = trim(option.es(), 200, "options");
            if (es == null) {
                continue;
            }
            String key = option.key() == null || option.key().isBlank() ? slug(es) : option.key().strip();
            if (!key.matches("[A-Za-z0-9_]{1,60}") || !keys.add(key)) {
                throw new InvalidInputException("options", "forms.error.optionKey", key);
            }
            options.add(new FieldDefinition.Option(key, es, java.util.Objects.requireNonNullElse(trim(option.en(), 200,
                    "options"), es), java.util.Objects.requireNonNullElse(trim(option.pt(), 200, "options"), es)));
        }
        if (options.isEmpty()) {
            throw new InvalidInputException("options", "forms.error.optionsRequired");
        }
        return options;
    }

    /** The keys that (directly or not) depend on {@code key}'s parent chain, to refuse a dependency cycle. */
    private static Set<String> dependsOn(RequestType type, String key) {
        Set<String> chain = new HashSet<>();
        String current = key;
        while (current != null && chain.add(current)) {
            current = type.field(current).map(f -> f.definition().dependsOn()).orElse(null);
        }
        return chain;
    }

    static String slug(String label) {
        String ascii = java.text.Normalizer.normalize(label, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z0-9]+", "_").replaceAll("^_|_$", "");
        return slug.isEmpty() ? "OPCION" : slug.length() > 60 ? slug.substring(0, 60) : slug;
    }

    private static String trim(String value, int max, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.strip();
        if (trimmed.length() > max) {
            throw new InvalidInputException(field, "forms.error.tooLong", max);
        }
        return trimmed;
    }
}
