package io.resuelve.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.memory.MemoryIndex;
import org.apache.lucene.search.FuzzyQuery;
import org.junit.jupiter.api.Test;

/** The analyzers as the Lucene back-end builds them: accents folded, light stemming, typo tolerance. */
class AnalyzersTests {

    private final Analyzer spanish = analyzer(Analyzers.SPANISH);
    private final Analyzer english = analyzer(Analyzers.ENGLISH);
    private final Analyzer portuguese = analyzer(Analyzers.PORTUGUESE);

    @Test
    void spanishFoldsAccentsAndStemsPlurals() {
        assertThat(tokens(spanish, "facturacion")).isEqualTo(tokens(spanish, "facturación"));
        assertThat(tokens(spanish, "pedido")).isEqualTo(tokens(spanish, "pedidos"));
        assertThat(tokens(spanish, "contrasenas")).isEqualTo(tokens(spanish, "contraseña"));
        assertThat(tokens(spanish, "Facturación Electrónica")).isEqualTo(tokens(spanish, "facturacion electronica"));
        // light, not aggressive: different words stay different
        assertThat(tokens(spanish, "factura")).isNotEqualTo(tokens(spanish, "fractura"));
    }

    @Test
    void englishAndPortugueseStemLightly() {
        assertThat(tokens(english, "invoices")).isEqualTo(tokens(english, "invoice"));
        assertThat(tokens(english, "customer's orders")).isEqualTo(tokens(english, "customer order"));
        assertThat(tokens(portuguese, "senhas")).isEqualTo(tokens(portuguese, "senha"));
        assertThat(tokens(portuguese, "configuração")).isEqualTo(tokens(portuguese, "configuracao"));
        assertThat(tokens(portuguese, "pedidos")).isEqualTo(tokens(portuguese, "pedido"));
    }

    @Test
    void shortQueriesTolerateTypos() {
        String stored = "No puedo descargar la factura electrónica de mis pedidos";
        assertThat(fuzzyMatches(stored, "fatcura")).isTrue();      // transposed letters: one edit
        assertThat(fuzzyMatches(stored, "descagar")).isTrue();     // a missing letter
        assertThat(fuzzyMatches(stored, "elecrtonika")).isTrue();  // two edits in a long word
        assertThat(fuzzyMatches(stored, "pdidos")).isTrue();
        assertThat(fuzzyMatches(stored, "mes")).isFalse();         // short words must be exact
        assertThat(fuzzyMatches(stored, "contraseña")).isFalse();
    }

    @Test
    void editsGrowWithTheWord() {
        assertThat(TextQuery.maxEdits("iva")).isZero();
        assertThat(TextQuery.maxEdits("pago")).isEqualTo(1);
        assertThat(TextQuery.maxEdits("factura")).isEqualTo(1);
        assertThat(TextQuery.maxEdits("contraseña")).isEqualTo(2);
    }

    @Test
    void languageTagsMapToTheThreeAnalyzers() {
        assertThat(Analyzers.forLanguage("pt-BR")).isEqualTo(Analyzers.PORTUGUESE);
        assertThat(Analyzers.forLanguage("en")).isEqualTo(Analyzers.ENGLISH);
        assertThat(Analyzers.forLanguage("fr")).isEqualTo(Analyzers.SPANISH);
        assertThat(Analyzers.forLanguage(null)).isEqualTo(Analyzers.SPANISH);
    }

    /** What the match predicate with fuzzy does: analyse the word, then allow the word's edits on each term. */
    private boolean fuzzyMatches(String stored, String typed) {
        MemoryIndex index = new MemoryIndex();
        index.addField("text", stored, spanish);
        List<String> terms = tokens(spanish, typed);
        return terms.stream().allMatch(term -> index.search(new FuzzyQuery(new Term("text", term),
                TextQuery.maxEdits(typed), 1)) > 0);
    }

    static Analyzer analyzer(String name) {
        try {
            CustomAnalyzer.Builder builder = CustomAnalyzer.builder().withTokenizer(LuceneAnalyzers.TOKENIZER);
            for (var filter : LuceneAnalyzers.filters(name)) {
                builder.addTokenFilter(filter);
            }
            return builder.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> tokens(Analyzer analyzer, String text) {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }
}
