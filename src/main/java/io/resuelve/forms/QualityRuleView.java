package io.resuelve.forms;

import java.util.List;

/**
 * A quality rule as the administration page shows it: {@code types} empty means every request type;
 * {@code termsHint} says what added words do, {@code null} when the rule takes none.
 */
public record QualityRuleView(String id, String name, boolean problem, int weight, List<String> types, String message,
        String termsHint) {

    public boolean appliesTo(String typeCode) {
        return types.isEmpty() || types.contains(typeCode);
    }

    public boolean extensible() {
        return termsHint != null;
    }
}
