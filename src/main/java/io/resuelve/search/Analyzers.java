package io.resuelve.search;

import java.util.Locale;

/**
 * The analyzer names, the same for the Lucene and the Elasticsearch back-end: lower case, accents folded (so
 * "facturacion" finds "facturación") and a light stemmer of the language (so "pedido" finds "pedidos"), which
 * keeps words recognisable where an aggressive stemmer would merge unrelated ones.
 */
final class Analyzers {

    static final String SPANISH = "resuelve_es";
    static final String ENGLISH = "resuelve_en";
    static final String PORTUGUESE = "resuelve_pt";
    /** Tags, codes and names: the whole value, lower case, accents folded. */
    static final String KEYWORD = "resuelve_keyword";

    /** The languages articles are written in; tickets are analysed as Spanish, the help desk's language. */
    static final java.util.List<String> LANGUAGES = java.util.List.of("es", "en", "pt");

    private Analyzers() {
    }

    /** The analyzer for a language code; Spanish for anything else. */
    static String forLanguage(String language) {
        return switch (normalise(language)) {
            case "en" -> ENGLISH;
            case "pt" -> PORTUGUESE;
            default -> SPANISH;
        };
    }

    /** "es", "en" or "pt" for a language tag ("pt-BR" → "pt"); "es" for anything else. */
    static String normalise(String language) {
        if (language == null || language.isBlank()) {
            return "es";
        }
        String code = language.trim().toLowerCase(Locale.ROOT);
        int dash = code.indexOf('-') >= 0 ? code.indexOf('-') : code.indexOf('_');
        code = dash > 0 ? code.substring(0, dash) : code;
        return LANGUAGES.contains(code) ? code : "es";
    }
}
