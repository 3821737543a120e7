package io.resuelve.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Highlighter passages turned into parts, and long ones cut around the first match. */
class SnippetTests {

    @Test
    void marksBecomeMatchingParts() {
        Snippet snippet = Snippet.of("La " + Snippet.START + "factura" + Snippet.END + " <b>rechazada</b>");

        assertThat(snippet.hasMatch()).isTrue();
        assertThat(snippet.text()).isEqualTo("La factura <b>rechazada</b>");
        assertThat(snippet.html()).isEqualTo("La <mark>factura</mark> &lt;b&gt;rechazada&lt;/b&gt;");
    }

    @Test
    void aShortPassageIsKeptWhole() {
        String sentence = "Desde ayer los pedidos de la ruta 3 no se cargan en la tableta.";

        assertThat(Snippet.of(sentence).text()).isEqualTo(sentence);
    }

    @Test
    void aLongPassageIsCutBetweenWordsAroundItsFirstMatch() {
        String before = "Buenos días. ".repeat(20);
        String after = " no se completan los pedidos de la sucursal".repeat(10);
        String whole = before + "aparece el error 1102" + after;
        Snippet snippet = Snippet.of(before + "aparece el " + Snippet.START + "error" + Snippet.END + " 1102" + after);

        String text = snippet.text();
        assertThat(text.length()).isLessThanOrEqualTo(Snippet.MAX_CHARS + 2);
        assertThat(text).startsWith("…").endsWith("…").contains("aparece el error 1102");
        assertThat(snippet.html()).contains("<mark>error</mark>");
        String kept = text.substring(1, text.length() - 1);
        assertThat(" " + kept + " ").as("whole words").isSubstringOf(whole.strip());
    }

    @Test
    void aLongPassageWithoutMatchShowsItsStart() {
        String description = "Los pedidos de la ruta 3 no se cargan desde esta mañana. ".repeat(10);

        String text = Snippet.of(description).text();
        assertThat(text).startsWith("Los pedidos de la ruta 3").endsWith("…");
        assertThat(text.length()).isLessThanOrEqualTo(Snippet.MAX_CHARS + 1);
    }
}
