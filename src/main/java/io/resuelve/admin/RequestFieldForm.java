package io.resuelve.admin;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import io.resuelve.forms.FieldDefinition;
import io.resuelve.forms.FieldVisibility;
import io.resuelve.shared.Language;
import io.resuelve.tickets.CustomFieldKind;

/**
 * The admin form of a custom field. Options are one per line, "Spanish | English | Portuguese", optionally
 * preceded by their stored key and "=" ("MOVIL=Aplicación móvil | Mobile app | Aplicativo móvel"); a line without a
 * key gets one made from its Spanish label.
 */
public record RequestFieldForm(String key, CustomFieldKind kind, Boolean required, FieldVisibility visibility,
        String dependsOn, String dependsValue, String labelEs, String labelEn, String labelPt, String helpEs,
        String helpEn, String helpPt, String options) {

    static RequestFieldForm empty() {
        return new RequestFieldForm("", CustomFieldKind.TEXT, false, FieldVisibility.CUSTOMER_EDITABLE, "", "", "",
                "", "", "", "", "", "");
    }

    static RequestFieldForm of(FieldDefinition d) {
        FieldDefinition.Text es = text(d, Language.ES);
        FieldDefinition.Text en = text(d, Language.EN);
        FieldDefinition.Text pt = text(d, Language.PT);
        StringBuilder options = new StringBuilder();
        for (FieldDefinition.Option o : d.options()) {
            options.append(o.key()).append('=').append(o.es()).append(" | ").append(o.en()).append(" | ")
                    .append(o.pt()).append('\n');
        }
        return new RequestFieldForm(d.key(), d.kind(), d.required(), d.visibility(), d.dependsOn(),
                d.dependsValue(), es.label(), en.label(), pt.label(), es.help(), en.help(), pt.help(),
                options.toString());
    }

    FieldDefinition definition() {
        Map<Language, FieldDefinition.Text> texts = new EnumMap<>(Language.class);
        texts.put(Language.ES, new FieldDefinition.Text(labelEs, helpEs));
        texts.put(Language.EN, new FieldDefinition.Text(labelEn, helpEn));
        texts.put(Language.PT, new FieldDefinition.Text(labelPt, helpPt));
        return new FieldDefinition(key, kind, Boolean.TRUE.equals(required), visibility, blankToNull(dependsOn), blankToNull(dependsValue),
                texts, parseOptions(options));
    }

    static List<FieldDefinition.Option> parseOptions(String text) {
        List<FieldDefinition.Option> options = new ArrayList<>();
        if (text == null) {
            return options;
        }
        for (String line : text.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            String key = null;
            String labels = line;
            int equals = line.indexOf('=');
            if (equals > 0 && line.substring(0, equals).strip().matches("[A-Za-z0-9_]+")) {
                key = line.substring(0, equals).strip();
                labels = line.substring(equals + 1);
            }
            String[] parts = labels.split("\\|", -1);
            String es = parts[0].strip();
            String en = parts.length > 1 ? parts[1].strip() : "";
            String pt = parts.length > 2 ? parts[2].strip() : "";
            options.add(new FieldDefinition.Option(key, es, en.isEmpty() ? null : en, pt.isEmpty() ? null : pt));
        }
        return options;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static FieldDefinition.Text text(FieldDefinition d, Language language) {
        FieldDefinition.Text text = d.texts().get(language);
        return text == null ? new FieldDefinition.Text("", "") : text;
    }
}
