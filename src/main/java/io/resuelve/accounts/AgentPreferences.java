package io.resuelve.accounts;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

import io.resuelve.shared.ForbiddenException;
import io.resuelve.shared.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Per-agent workspace preferences, kept on the server so they follow the agent to any browser. The workspace
 * decides what the values mean (column names); this service keeps them short, unique and in order.
 */
@Service
@Transactional(readOnly = true)
public class AgentPreferences {

    static final int MAX_COLUMNS = 20;

    private final AgentPreferenceRepository preferences;
    private final Clock clock;

    AgentPreferences(AgentPreferenceRepository preferences, Clock clock) {
        this.preferences = preferences;
        this.clock = clock;
    }

    /** The columns the agent chose for their queue, in order; empty when they never chose (use the defaults). */
    public Optional<List<String>> queueColumns(Actor actor) {
        if (actor.userId() == null) {
            return Optional.empty();
        }
        return preferences.findById(actor.userId()).map(AgentPreference::queueColumns).filter(c -> !c.isEmpty());
    }

    /**
     * Saves the agent's queue columns (staff only; 403 otherwise). Names are short identifiers
     * ({@code [a-z_]{1,30}}, at most 20, duplicates dropped); at least one is required (400).
     */
    @Transactional
    public List<String> saveQueueColumns(List<String> columns, Actor actor) {
        if (!actor.isStaff() || actor.userId() == null) {
            throw new ForbiddenException("error.ticket.agentsOnly");
        }
        List<String> clean = List.copyOf(new LinkedHashSet<>(columns == null ? List.of() : columns));
        if (clean.isEmpty() || clean.size() > MAX_COLUMNS
                || clean.stream().anyMatch(c -> c == null || !c.matches("[a-z_]{1,30}"))) {
            throw new InvalidInputException("columns", "error.parameter.invalid", "columns");
        }
        AgentPreference preference = preferences.findById(actor.userId())
                .orElseGet(() -> new AgentPreference(actor.userId()));
        preference.queueColumns(clean, clock.instant());
        preferences.save(preference);
        return clean;
    }
}
