package io.resuelve.mail.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Where HTML replies are cut, and where they are not. */
class HtmlQuoteCutterTests {

    @Test
    void cutsAtTheFirstMarkerAndKeepsWhatFollowsAsQuoted() {
        ReplySplit split = HtmlQuoteCutter.cut(HtmlDocuments.parse("<div><p>Nuevo</p><div id=\"appendonsend\"></div>"
                + "<hr><div id=\"divRplyFwdMsg\"><b>De:</b> Soporte</div></div><p>Historial</p>"));
        assertThat(split.newText()).isEqualTo("Nuevo");
        assertThat(split.quotedText()).isEqualTo("De: Soporte\n\nHistorial");
    }

    @Test
    void aBorderTopBoxIsASeparatorOnlyAboveAHeaderBlock() {
        String box = "<div style=\"border-top:solid #ccc 1pt\">Resumen del pedido 48213</div><p>Total: 1.200</p>";
        assertThat(HtmlQuoteCutter.cut(HtmlDocuments.parse("<p>Hola</p>" + box))).isNull();
        ReplySplit split = HtmlQuoteCutter.cut(HtmlDocuments.parse("<p>Hola</p>"
                + "<div style=\"border:none;border-top:solid #E1E1E1 1.0pt\"><p><b>From:</b> Ana<br><b>Sent:</b> "
                + "Monday</p></div><p>Old</p>"));
        assertThat(split.newText()).isEqualTo("Hola");
        assertThat(split.quotedText()).endsWith("Old");
    }

    @Test
    void aForwardInsideAGmailQuoteIsNotCut() {
        assertThat(HtmlQuoteCutter.cut(HtmlDocuments.parse("<div>Mira esto<div class=\"gmail_quote\">"
                + "<div class=\"gmail_attr\">---------- Forwarded message ---------<br>From: x</div>Texto"
                + "</div></div>")))
                .isNull();
    }

    @Test
    void withoutMarkersThereIsNoCut() {
        assertThat(HtmlQuoteCutter.cut(HtmlDocuments.parse("<p>Solo texto</p><blockquote>cita sin tipo</blockquote>")))
                .isNull();
    }
}
