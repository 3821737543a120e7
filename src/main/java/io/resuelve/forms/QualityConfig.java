package io.resuelve.forms;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * What administrators and the catalogue add to the rule files for one check.
 *
 * @param modes        rule id → ADVISE or BLOCK for the request type being checked (absent: ADVISE)
 * @param extraTerms   language → rule id → words, phrases or {@code re:} expressions added to the rule's vocabulary
 * @param productNames names of the catalogue's brands and products ("Error Janis" says no more than "Error")
 */
record QualityConfig(Map<String, QualityMode> modes, Map<String, Map<String, List<String>>> extraTerms,
        Collection<String> productNames) {

    static final QualityConfig NONE = new QualityConfig(Map.of(), Map.of(), List.of());

    QualityMode mode(String rule) {
        return modes.getOrDefault(rule, QualityMode.ADVISE);
    }

    List<String> terms(String language, String rule) {
        return extraTerms.getOrDefault(language, Map.of()).getOrDefault(rule, List.of());
    }
}
