package io.resuelve.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageTests {

    @ParameterizedTest
    @CsvSource({ "es,ES", "es-CO,ES", "en-GB,EN", "pt_BR,PT", "fr,ES", "'',ES" })
    void parsesTagsAndFallsBackToSpanish(String tag, Language expected) {
        assertThat(Language.fromTag(tag)).isEqualTo(expected);
    }
}
