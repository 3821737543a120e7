package io.resuelve.forms;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import io.resuelve.accounts.Actor;
import io.resuelve.shared.InvalidInputException;
import io.resuelve.tickets.CustomFieldKind;
import io.resuelve.tickets.CustomValue;

/**
 * Checks the custom values sent for a request type and converts them to typed values: each field by its kind, only
 * fields the actor may fill, required ones present while they apply, and fields that depend on another one's value
 * dropped while that value is not chosen (required fields are enforced on customers when filing, for everyone when
 * a value is cleared). The impact answers ({@code impact_*}) are accepted on every type.
 * Errors are {@link InvalidInputException}s naming the field key, with the field's label as argument.
 */
public final class CustomFields {

    static final int MAX_TEXT = 500;
    static final int MAX_LONG_TEXT = 10_000;
    static final int MAX_URL = 2_000;
    static final int MAX_IMPACT = 10_000_000;
    private static final BigDecimal MAX_NUMBER = new BigDecimal("1000000000000000");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}");

    private CustomFields() {
    }

    /** The values of a new ticket of {@code type} ({@code null}: a ticket without type, impact answers only). */
    public static List<CustomValue> check(RequestTypeView type, Map<String, List<String>> submitted, Actor by) {
        Map<String, List<String>> given = clean(submitted);
        List<CustomValue> values = new ArrayList<>(impact(given));
        for (String key : given.keySet()) {
            if (key.startsWith(ImpactAssessment.PREFIX)) {
                continue;
            }
            FieldView field = type == null ? null : type.field(key).filter(FieldView::active).orElse(null);
            if (field == null) {
                throw new InvalidInputException(key, "forms.error.unknownField", key);
            }
            if (!field.editableBy(by)) {
                throw new InvalidInputException(key, "forms.error.notEditable", field.label());
            }
        }
        if (type == null) {
            return values;
        }
        for (FieldView field : type.activeFields()) {
            if (!applies(field, type, given)) {
                continue;
            }
            List<String> texts = given.getOrDefault(field.key(), List.of());
            if (texts.isEmpty()) {
                // Customers must fill the required fields they see; agents filing for someone (a phone call, a
                // mail) may leave them for later, and cannot clear them afterwards (see edit).
                if (field.required() && field.editableBy(by) && by.isCustomer()) {
                    throw new InvalidInputException(field.key(), "forms.error.required", field.label());
                }
                continue;
            }
            values.addAll(convert(field, texts));
        }
        return values;
    }

    /**
     * Changes on a filed ticket: the fields named in {@code submitted} get their new values (none clears them),
     * the others keep theirs. A required field that applies cannot be cleared.
     */
    public static List<CustomValue> edit(RequestTypeView type, List<CustomValue> current,
            Map<String, List<String>> submitted, Actor by) {
        Map<String, List<String>> given = new LinkedHashMap<>();
        submitted.forEach((key, texts) -> given.put(key, texts == null ? List.of()
                : texts.stream().filter(Objects::nonNull).map(String::strip).filter(s -> !s.isEmpty()).toList()));
        Map<String, List<String>> merged = texts(current);
        merged.putAll(given);
        List<CustomValue> values = new ArrayList<>(current.stream().filter(v -> !given.containsKey(v.key())).toList());
        Map<String, List<String>> impact = new LinkedHashMap<>();
        given.forEach((key, texts) -> {
            if (key.startsWith(ImpactAssessment.PREFIX)) {
                impact.put(key, texts);
            }
        });
        values.addAll(impact(impact));
        for (Map.Entry<String, List<String>> entry : given.entrySet()) {
            String key = entry.getKey();
            if (key.startsWith(ImpactAssessment.PREFIX)) {
                continue;
            }
            FieldView field = type == null ? null : type.field(key).orElse(null);
            if (field == null) {
                throw new InvalidInputException(key, "forms.error.unknownField", key);
            }
            if (!field.editableBy(by)) {
                throw new InvalidInputException(key, "forms.error.notEditable", field.label());
            }
            if (entry.getValue().isEmpty()) {
                if (field.required() && field.active() && applies(field, type, merged)) {
                    throw new InvalidInputException(key, "forms.error.required", field.label());
                }
                continue;
            }
            values.addAll(convert(field, entry.getValue()));
        }
        return values;
    }

    /** Whether a field applies given the other values: it has no dependency, or its parent holds the value. */
    public static boolean applies(FieldView field, RequestTypeView type, Map<String, List<String>> values) {
        Set<String> seen = new LinkedHashSet<>();
        FieldView current = field;
        while (current.dependent()) {
            if (!seen.add(current.key())) {
                return false;
            }
            FieldView parent = type.field(current.dependsOn()).filter(FieldView::active).orElse(null);
            if (parent == null) {
                return false;
            }
            List<String> parentValues = values.getOrDefault(parent.key(), List.of());
            boolean matches = parent.kind() == CustomFieldKind.CHECKBOX
                    ? current.dependsValue().equals(String.valueOf(checked(parentValues)))
                    : parentValues.contains(current.dependsValue());
            if (!matches) {
                return false;
            }
            current = parent;
        }
        return true;
    }

    /** Stored values back to texts keyed by field, as a form would send them. */
    public static Map<String, List<String>> texts(List<CustomValue> values) {
        Map<String, List<String>> texts = new LinkedHashMap<>();
        for (CustomValue value : values) {
            texts.computeIfAbsent(value.key(), k -> new ArrayList<>()).add(value.asText());
        }
        return texts;
    }

    static List<CustomValue> convert(FieldView field, List<String> texts) {
        String key = field.key();
        if (!field.kind().multiple() && texts.size() > 1) {
            throw new InvalidInputException(key, "forms.error.single", field.label());
        }
        String text = texts.get(0);
        return switch (field.kind()) {
            case TEXT -> List.of(CustomValue.text(key, field.kind(), bounded(field, text, MAX_TEXT)));
            case LONG_TEXT -> List.of(CustomValue.text(key, field.kind(), bounded(field, text, MAX_LONG_TEXT)));
            case NUMBER -> List.of(CustomValue.number(key, number(field.key(), field.label(), text)));
            case DATE -> List.of(CustomValue.date(key, date(field, text)));
            case CHECKBOX -> List.of(CustomValue.bool(key, checked(texts)));
            case URL -> List.of(CustomValue.text(key, field.kind(), url(field, text)));
            case EMAIL -> List.of(CustomValue.text(key, field.kind(), email(field, text)));
            case SELECT, MULTI_SELECT -> new LinkedHashSet<>(texts).stream().map(option -> {
                if (field.options().stream().noneMatch(o -> o.key().equals(option))) {
                    throw new InvalidInputException(key, "forms.error.option", field.label());
                }
                return CustomValue.text(key, field.kind(), option);
            }).toList();
        };
    }

    private static List<CustomValue> impact(Map<String, List<String>> given) {
        List<CustomValue> values = new ArrayList<>();
        for (String key : ImpactAssessment.KEYS) {
            List<String> texts = given.getOrDefault(key, List.of());
            if (texts.isEmpty()) {
                continue;
            }
            if (key.equals(ImpactAssessment.WORKAROUND) || key.equals(ImpactAssessment.STOPPED)) {
                values.add(CustomValue.bool(key, checked(texts)));
                continue;
            }
            BigDecimal number = number(key, key, texts.get(0));
            if (number.signum() < 0 || number.scale() > 0 && number.stripTrailingZeros().scale() > 0
                    || number.compareTo(BigDecimal.valueOf(MAX_IMPACT)) > 0) {
                throw new InvalidInputException(key, "forms.error.impactCount");
            }
            values.add(CustomValue.number(key, number.stripTrailingZeros().setScale(0)));
        }
        given.keySet().stream().filter(k -> k.startsWith(ImpactAssessment.PREFIX))
                .filter(k -> !ImpactAssessment.KEYS.contains(k)).findFirst().ifPresent(k -> {
                    throw new InvalidInputException(k, "forms.error.unknownField", k);
                });
        return values;
    }

    private static Map<String, List<String>> clean(Map<String, List<String>> submitted) {
        Map<String, List<String>> clean = new LinkedHashMap<>();
        if (submitted == null) {
            return clean;
        }
        submitted.forEach((key, texts) -> {
            List<String> kept = texts == null ? List.of()
                    : texts.stream().filter(Objects::nonNull).map(String::strip).filter(s -> !s.isEmpty()).toList();
            if (key != null && !kept.isEmpty()) {
                clean.put(key.strip(), kept);
            }
        });
        return clean;
    }

    private static boolean checked(List<String> texts) {
        if (texts.isEmpty()) {
            return false;
        }
        String text = texts.get(texts.size() - 1).toLowerCase(Locale.ROOT);
        return text.equals("true") || text.equals("on") || text.equals("1") || text.equals("yes")
                || text.equals("si") || text.equals("sí") || text.equals("sim");
    }

    private static String bounded(FieldView field, String text, int max) {
        if (text.length() > max) {
            throw new InvalidInputException(field.key(), "forms.error.tooLong", max);
        }
        return text;
    }

    private static BigDecimal number(String key, String label, String text) {
        String normalised = text.replace(" ", "");
        if (normalised.indexOf(',') >= 0 && normalised.indexOf('.') < 0) {
            normalised = normalised.replace(',', '.');
        }
        try {
            BigDecimal number = new BigDecimal(normalised);
            if (number.abs().compareTo(MAX_NUMBER) >= 0 || number.stripTrailingZeros().scale() > 4) {
                throw new InvalidInputException(key, "forms.error.number", label);
            }
            return number;
        } catch (NumberFormatException e) {
            throw new InvalidInputException(key, "forms.error.number", label);
        }
    }

    private static LocalDate date(FieldView field, String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field.key(), "forms.error.date", field.label());
        }
    }

    private static String url(FieldView field, String text) {
        bounded(field, text, MAX_URL);
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return text;
            }
        } catch (java.net.URISyntaxException e) {
            // refused below
        }
        throw new InvalidInputException(field.key(), "forms.error.url", field.label());
    }

    private static String email(FieldView field, String text) {
        if (text.length() > 254 || !EMAIL.matcher(text).matches()) {
            throw new InvalidInputException(field.key(), "forms.error.email", field.label());
        }
        return text;
    }
}
