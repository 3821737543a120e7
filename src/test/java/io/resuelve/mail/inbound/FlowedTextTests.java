package io.resuelve.mail.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** RFC 3676 format=flowed unwrapping. */
class FlowedTextTests {

    @Test
    void softBreaksJoinAndHardBreaksStay() {
        assertThat(FlowedText.decode("Una línea \nque sigue.\nOtra.\n", false))
                .isEqualTo("Una línea que sigue.\nOtra.\n");
    }

    @Test
    void quotedParagraphsJoinOnlyAtTheSameDepth() {
        assertThat(FlowedText.decode(">> muy \n>> citado\n> citado \nnuevo", false))
                .isEqualTo(">> muy citado\n> citado \nnuevo");
    }

    @Test
    void delSpRemovesTheMarkingSpaceAndStuffingIsUndone() {
        assertThat(FlowedText.decode("pala \nbra\n  From me\n", true)).isEqualTo("palabra\n From me\n");
    }

    @Test
    void theSignatureSeparatorIsNeverFlowed() {
        assertThat(FlowedText.decode("Hola\n-- \nAna", false)).isEqualTo("Hola\n-- \nAna");
    }
}
