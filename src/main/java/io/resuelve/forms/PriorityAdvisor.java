package io.resuelve.forms;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.resuelve.accounts.Actor;
import io.resuelve.shared.DomainException;
import io.resuelve.tickets.CustomValue;
import io.resuelve.tickets.Priority;
import org.springframework.stereotype.Component;

/**
 * The priority a ticket's impact suggests, for pages: while the customer fills the form (from the answers as
 * typed, ignoring what cannot be read yet) and beside the chosen priority on agent pages (from stored values).
 */
@Component
public class PriorityAdvisor {

    /** From answers as a form sends them (keys {@code impact_*}); empty when nothing readable was described. */
    public Advice advise(Map<String, List<String>> answers, Priority chosen) {
        Map<String, List<String>> impact = new HashMap<>();
        for (String key : ImpactAssessment.KEYS) {
            List<String> texts = answers.get(key);
            if (texts == null) {
                continue;
            }
            try {
                CustomFields.check(null, Map.of(key, texts), Actor.system());
                impact.put(key, texts);
            } catch (DomainException unreadable) {
                // Still being typed: judged once it is a number.
            }
        }
        return advise(CustomFields.check(null, impact, Actor.system()), chosen);
    }

    /** From a ticket's stored values. */
    public Advice advise(List<CustomValue> values, Priority chosen) {
        ImpactAssessment impact = ImpactAssessment.of(values);
        return new Advice(impact, impact.suggestion().orElse(null), impact.urgentWithoutImpact(chosen));
    }

    /**
     * @param suggestion        {@code null} when the impact was not described
     * @param quantifyUrgent    "Urgente" was chosen without saying how many are affected
     */
    public record Advice(ImpactAssessment impact, PrioritySuggestion suggestion, boolean quantifyUrgent) {

        public Optional<PrioritySuggestion> suggested() {
            return Optional.ofNullable(suggestion);
        }

        /** Whether the suggestion differs from what was chosen (agents see both then). */
        public boolean differsFrom(Priority chosen) {
            return suggestion != null && suggestion.priority() != chosen;
        }
    }
}
