package io.resuelve.forms;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The quick triage of seed 004 ("En un ticket de soporte necesitamos saber"), item by item. Each request type
 * shows the items that matter for it as a collapsible checklist beside its form.
 */
public enum TriageItem {
    ACCOUNT, COUNTRY, URL, SCREENSHOTS, STEPS, CASES, TRIED, REFERENCES, AFFECTED;

    public String labelKey() {
        return "forms.triage." + name();
    }

    public String helpKey() {
        return "forms.triage." + name() + ".help";
    }

    /** Parses a stored list ("ACCOUNT,URL"); unknown codes are ignored, the catalogue order is kept. */
    static List<TriageItem> parse(String codes) {
        if (codes == null || codes.isBlank()) {
            return List.of();
        }
        Set<String> wanted = Arrays.stream(codes.split(",")).map(s -> s.strip().toUpperCase(Locale.ROOT))
                .collect(Collectors.toSet());
        return Arrays.stream(values()).filter(item -> wanted.contains(item.name())).toList();
    }

    static String format(Set<TriageItem> items) {
        EnumSet<TriageItem> sorted = items.isEmpty() ? EnumSet.noneOf(TriageItem.class) : EnumSet.copyOf(items);
        return sorted.stream().map(Enum::name).collect(Collectors.joining(","));
    }
}
