package io.resuelve.macros;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** Filling in a macro's placeholders: plain substitution, missing values, repeats, unknown names. */
class MacroPlaceholdersTests {

    private static final Map<String, String> VALUES = Map.of("requester.name", "Carolina Rojas",
            "requester.first_name", "Carolina", "ticket.number", "1042", "agent.first_name", "Lucía");

    @Test
    void knownPlaceholdersAreReplacedEveryTimeTheyAppear() {
        String body = "Hola, {{requester.first_name}}: sobre el ticket #{{ticket.number}}… "
                + "{{ requester.first_name }}, quedo atenta. {{agent.first_name}}";

        assertThat(MacroPlaceholders.render(body, VALUES)).isEqualTo(
                "Hola, Carolina: sobre el ticket #1042… Carolina, quedo atenta. Lucía");
    }

    @Test
    void aKnownPlaceholderWithoutAValueBecomesEmpty() {
        assertThat(MacroPlaceholders.render("Organización: [{{organization.name}}]", VALUES))
                .isEqualTo("Organización: []");
    }

    @Test
    void unknownPlaceholdersStayVisibleAndAreReportedOnceEach() {
        String body = "Hola {{requester.nombre}} y {{cliente}}, otra vez {{requester.nombre}}. {{ticket.number}}";

        assertThat(MacroPlaceholders.render(body, VALUES))
                .isEqualTo("Hola {{requester.nombre}} y {{cliente}}, otra vez {{requester.nombre}}. 1042");
        assertThat(MacroPlaceholders.unknown(body)).containsExactly("{{requester.nombre}}", "{{cliente}}");
        assertThat(MacroPlaceholders.unknown("Sin marcadores, {solo llaves} simples")).isEmpty();
    }

    @Test
    void valuesAreNeverEvaluatedAgainNorTreatedAsRegexReplacements() {
        Map<String, String> tricky = Map.of("requester.name", "{{agent.name}} $1 \\ <b>",
                "agent.name", "Martín");

        assertThat(MacroPlaceholders.render("{{requester.name}} / {{agent.name}}", tricky))
                .isEqualTo("{{agent.name}} $1 \\ <b> / Martín");
    }

    @Test
    void everyKnownPlaceholderIsAccepted() {
        String all = String.join(" ", MacroPlaceholders.KNOWN.stream().map(p -> "{{" + p + "}}").toList());

        assertThat(MacroPlaceholders.unknown(all)).isEmpty();
        assertThat(MacroPlaceholders.render(all, Map.of())).isBlank();
    }

    @Test
    void firstNamesAreTheFirstWord() {
        assertThat(MacroPlaceholders.firstName("  María José Pérez ")).isEqualTo("María");
        assertThat(MacroPlaceholders.firstName(null)).isEmpty();
    }
}
