package io.resuelve.mail.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Splitting replies into new and quoted text, one rule at a time. */
class ReplyTextTests {

    private static final String NEW = "Gracias, ya funciona la ruta 1.";
    private static final String QUOTE = "> ¿Podría probar otra vez?";

    @ParameterizedTest
    @ValueSource(strings = {
            "El lun, 3 feb 2025 a las 10:00, Ana <ana@x.com> escribió:",
            "On Mon, Feb 3, 2025 at 10:00 AM Ana <ana@x.com> wrote:",
            "Em seg., 3 de fev. de 2025 às 10:00, Ana <ana@x.com> escreveu:",
            "El 3 feb 2025, a las 10:00, Ana escribió:",
            "On 3 Feb 2025, at 10:00, Ana wrote:",
            "El 03/02/2025 a las 10:00, Ana escribió:",
            "On 2/3/25 10:00 AM, Ana wrote:",
            "On Mon, Feb 3, 2025 at 10:00 AM Ana <ana@x.com>\nwrote:",
            "El lun, 3 feb 2025 a las 10:00, Soporte Resuelve (<\nsoporte@resuelve.example>) escribió:",
            "-----Mensaje original-----",
            "-----Original Message-----",
            "-----Mensagem original-----",
            "##- Responda por encima de esta línea -##",
            "##- Reply above this line -##",
            "##- Responda acima desta linha -##",
            "Responda por encima de esta línea",
            "De: Ana <ana@x.com>\nEnviado: lunes, 3 de febrero de 2025 10:00\nPara: Soporte\nAsunto: RE: Pedido",
            "From: Ana <ana@x.com>\nSent: Monday, February 3, 2025 10:00 AM\nTo: Support\nSubject: RE: Order",
            "De: Ana <ana@x.com>\nEnviada em: segunda-feira, 3 de fevereiro de 2025 10:00\nPara: Suporte\n"
                    + "Assunto: RES: Pedido",
            "*From:* Ana <ana@x.com>\n*Sent:* Monday, February 3, 2025 10:00 AM\n*To:* Support\n*Subject:* RE: Order",
            "________________________________\nDe: Ana <ana@x.com>\nFecha: lunes, 3 de febrero de 2025, 10:00\n"
                    + "Para: Soporte\nAsunto: Pedido",
            "--",
            "Enviado desde mi iPhone", "Enviado desde mi iPad", "Sent from my iPhone", "Enviado do meu iPhone",
            "Obtener Outlook para Android", "Get Outlook for iOS", "Get Outlook for Android<https://aka.ms/ghei36>",
            "Obter o Outlook para Android" })
    void cutsAtEveryKnownSeparator(String separator) {
        ReplySplit split = ReplyText.split(NEW + "\n\n" + separator + "\n\n" + QUOTE + "\n> Saludos", false);
        assertThat(split.newText()).isEqualTo(NEW);
        assertThat(split.quotedText()).contains("¿Podría probar otra vez?").startsWith(separator.split("\n")[0]);
        assertThat(split.forwarded()).isFalse();
    }

    @Test
    void aQuotedBlockWithoutAttributionIsCutToo() {
        ReplySplit split = ReplyText.split(NEW + "\n\n" + QUOTE + "\n> Saludos", false);
        assertThat(split.newText()).isEqualTo(NEW);
        assertThat(split.quotedText()).isEqualTo(QUOTE + "\n> Saludos");
    }

    @Test
    void anInlineReplyKeepsTheAnsweredQuotesAsContext() {
        String text = """
                On Mon, Feb 3, 2025 at 10:00 AM Support <s@x.com> wrote:
                > Which version?
                8.3.2
                > Which route?
                > (1 or 2)

                Route 1.
                > Regards,
                > Support

                --
                Mike""";
        ReplySplit split = ReplyText.split(text, false);
        assertThat(split.newText()).isEqualTo("> Which version?\n8.3.2\n> Which route?\n> (1 or 2)\n\nRoute 1.");
        assertThat(split.quotedText()).startsWith("On Mon, Feb 3, 2025").contains("> Regards,").endsWith("Mike");
    }

    @Test
    void bottomPostingKeepsTheQuoteAsContext() {
        ReplySplit split = ReplyText.split("> ¿Funciona ahora?\n\nSí, funciona.", false);
        assertThat(split.newText()).isEqualTo("> ¿Funciona ahora?\n\nSí, funciona.");
    }

    @ParameterizedTest
    @ValueSource(strings = { "---------- Forwarded message ---------", "---------- Mensaje reenviado ---------",
            "Início da mensagem encaminhada:", "Inicio del mensaje reenviado:", "Begin forwarded message:" })
    void aForwardedMessageIsTheMessage(String marker) {
        String text = "Para revisar.\n\n" + marker + "\nDe: Pedro <p@x.com>\n\n> algo citado\nTexto del cliente.";
        ReplySplit split = ReplyText.split(text, false);
        assertThat(split.forwarded()).isTrue();
        assertThat(split.newText()).isEqualTo(text);
        assertThat(split.quotedText()).isEmpty();
    }

    @Test
    void aReplyAboveAForwardIsStillCutAtItsQuote() {
        String text = "Ya lo revisamos.\n\nEl lun, 3 feb 2025 a las 10:00, Ana <a@x.com> escribió:\n"
                + "> ---------- Mensaje reenviado ---------\n> reclamo";
        ReplySplit split = ReplyText.split(text, false);
        assertThat(split.forwarded()).isFalse();
        assertThat(split.newText()).isEqualTo("Ya lo revisamos.");
    }

    @ParameterizedTest
    @ValueSource(strings = { "Fwd: Pedido", "FW: Pedido", "RV: Pedido", "Enc: Pedido", "fwd:Pedido" })
    void forwardingSubjectsAreRecognised(String subject) {
        assertThat(ReplyText.isForwardSubject(subject)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = { "Re: Pedido", "RES: Pedido", "Pedido Fwd: no", "Reenvío de factura" })
    void otherSubjectsAreNotForwards(String subject) {
        assertThat(ReplyText.isForwardSubject(subject)).isFalse();
    }

    @Test
    void whenStrippingLeavesNothingTheWholeTextStays() {
        String text = "El lun, 3 feb 2025 a las 10:00, Ana <a@x.com> escribió:\n> solo cita";
        ReplySplit split = ReplyText.split(text, false);
        assertThat(split.newText()).isEqualTo(text);
        assertThat(split.quotedText()).isEmpty();
    }

    @Test
    void ordinarySentencesAreNotTakenForSeparators() {
        String text = """
                El cliente escribió:
                que la máquina no entrega producto.
                De: la ruta 1, todas las máquinas.
                On the ERP the order shows as closed.
                -- no tenemos más datos --""";
        ReplySplit split = ReplyText.split(text, false);
        assertThat(split.newText()).isEqualTo(text);
        assertThat(split.cut()).isFalse();
    }

    @Test
    void topPostingKeepsWhatIsAbove() {
        String text = "Primera línea.\n\nSegunda línea.\n\nOn 2/3/25 10:00 AM, Ana wrote:\n> cita";
        assertThat(ReplyText.split(text, false).newText()).isEqualTo("Primera línea.\n\nSegunda línea.");
    }

    @Test
    void theMarkersAreTheLinesOutgoingTemplatesPrint() {
        assertThat(ReplyMarkers.ALL).containsExactly("##- Responda por encima de esta línea -##",
                "##- Reply above this line -##", "##- Responda acima desta linha -##");
        for (String marker : ReplyMarkers.ALL) {
            assertThat(ReplyText.split("Sí.\n\n" + marker + "\n\nHistorial", false).newText()).isEqualTo("Sí.");
        }
    }
}
