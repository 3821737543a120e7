package io.resuelve.forms;

import static org.assertj.core.api.Assertions.assertThat;

import io.resuelve.tickets.Priority;
import org.junit.jupiter.api.Test;

/** Seed 004: the impact suggests the priority; "Urgente" needs a quantified impact. */
class ImpactAssessmentTests {

    @Test
    void aStoppedBusinessIsUrgentWhateverElseWasSaid() {
        assertSuggests(new ImpactAssessment(1, null, null, true, true), Priority.URGENT,
                PrioritySuggestion.Reason.STOPPED);
    }

    @Test
    void aWideImpactIsUrgentWithoutWorkaroundAndHighWithOne() {
        assertSuggests(new ImpactAssessment(20, null, null, false, false), Priority.URGENT,
                PrioritySuggestion.Reason.WIDE_NO_WORKAROUND);
        assertSuggests(new ImpactAssessment(null, 100, null, null, false), Priority.HIGH,
                PrioritySuggestion.Reason.WIDE);
        assertSuggests(new ImpactAssessment(null, null, 5, true, false), Priority.HIGH,
                PrioritySuggestion.Reason.WIDE);
    }

    @Test
    void aLimitedImpactIsHighOnlyWithoutWorkaround() {
        assertSuggests(new ImpactAssessment(3, 10, 1, false, false), Priority.HIGH,
                PrioritySuggestion.Reason.NO_WORKAROUND);
        assertSuggests(new ImpactAssessment(19, 99, 4, null, false), Priority.NORMAL,
                PrioritySuggestion.Reason.LIMITED);
        assertSuggests(new ImpactAssessment(1, 0, null, true, false), Priority.LOW,
                PrioritySuggestion.Reason.MINIMAL);
        assertSuggests(new ImpactAssessment(1, 3, null, true, false), Priority.NORMAL,
                PrioritySuggestion.Reason.LIMITED);
    }

    @Test
    void nothingDescribedSuggestsNothing() {
        assertThat(ImpactAssessment.NONE.suggestion()).isEmpty();
        assertThat(new ImpactAssessment(0, 0, 0, null, false).suggestion()).isEmpty();
    }

    @Test
    void urgentNeedsAQuantifiedImpactOrAStoppedBusiness() {
        assertThat(ImpactAssessment.NONE.urgentWithoutImpact(Priority.URGENT)).isTrue();
        assertThat(new ImpactAssessment(0, 0, 0, false, false).urgentWithoutImpact(Priority.URGENT)).isTrue();
        assertThat(new ImpactAssessment(2, null, null, null, false).urgentWithoutImpact(Priority.URGENT)).isFalse();
        assertThat(new ImpactAssessment(null, null, null, null, true).urgentWithoutImpact(Priority.URGENT)).isFalse();
        assertThat(ImpactAssessment.NONE.urgentWithoutImpact(Priority.HIGH)).isFalse();
    }

    private static void assertSuggests(ImpactAssessment impact, Priority priority, PrioritySuggestion.Reason reason) {
        assertThat(impact.suggestion()).contains(new PrioritySuggestion(priority, reason));
    }
}
