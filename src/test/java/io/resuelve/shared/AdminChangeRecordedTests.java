package io.resuelve.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import io.resuelve.shared.AdminChangeRecorded.FieldChange;
import org.junit.jupiter.api.Test;

class AdminChangeRecordedTests {

    @Test
    void onlyFieldsThatChangedAreKeptAndBlanksCountAsEmpty() {
        var change = AdminChangeRecorded.of(7L, "ana@resuelve.local", "organisation.changed", "ORGANISATION", 3L,
                "Acme").change("name", "Acme", "Acme").change("taxId", "", null).change("country", null, "CO")
                .change("sharedTickets", false, true);
        assertThat(change.changed()).isTrue();
        AdminChangeRecorded event = change.build();
        assertThat(event.targetId()).isEqualTo("3");
        assertThat(event.changes()).containsExactly(new FieldChange("country", null, "CO"),
                new FieldChange("sharedTickets", "false", "true"));
    }

    @Test
    void collectionsAreComparedAsSortedLists() {
        var same = AdminChangeRecorded.of(1L, "a", "x", "ORGANISATION", 1L, "A")
                .change("domains", Set.of("b.example", "a.example"), List.of("a.example", "b.example"));
        assertThat(same.changed()).isFalse();
        var added = AdminChangeRecorded.of(1L, "a", "x", "ORGANISATION", 1L, "A")
                .change("domains", Set.of("b.example"), Set.of("b.example", "a.example")).build();
        assertThat(added.changes()).containsExactly(new FieldChange("domains", "b.example", "a.example, b.example"));
    }
}
