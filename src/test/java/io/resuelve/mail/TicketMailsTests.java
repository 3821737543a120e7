package io.resuelve.mail;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TicketMailsTests {

    @Test
    void aShortDescriptionIsItsOwnSummaryOnOneLine() {
        assertThat(TicketMails.summary("  Los pedidos no cargan.\n\nError 1102\ten la ruta 1. "))
                .isEqualTo("Los pedidos no cargan. Error 1102 en la ruta 1.");
    }

    @Test
    void aLongDescriptionIsCutAtAWord() {
        String summary = TicketMails.summary("palabra ".repeat(100));

        assertThat(summary).endsWith("palabra…").hasSizeLessThanOrEqualTo(TicketMails.SUMMARY_LENGTH + 1);
    }

    @Test
    void aDescriptionWithoutSpacesIsCutWithoutSplittingACharacter() {
        String summary = TicketMails.summary("a".repeat(299) + "🚚".repeat(10));

        assertThat(summary).isEqualTo("a".repeat(299) + "…");
    }
}
