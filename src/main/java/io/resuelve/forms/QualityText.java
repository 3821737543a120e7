package io.resuelve.forms;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text helpers of the quality coach: folding (lower case, no accents, so "Está caído" and "esta caido" compare
 * equal), word lists, and a guess of the language a text is written in.
 */
final class QualityText {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^a-z0-9]+");
    private static final Pattern QUOTED = Pattern.compile("\"[^\"\\n]{2,}\"|«[^»\\n]{2,}»|“[^”\\n]{2,}”|'[^'\\n]{2,}'");

    private static final Set<String> SPANISH = Set.of("el", "los", "las", "del", "al", "y", "una", "con", "pero", "hay",
            "por", "cuando", "desde", "muy", "tiene", "sin", "puede", "pueden", "estamos", "hace", "se", "lo", "su",
            "es", "nos", "funciona", "ayer", "hoy");
    private static final Set<String> PORTUGUESE = Set.of("os", "do", "dos", "das", "na", "nas", "em", "um", "uma",
            "com", "nao", "sao", "voce", "mas", "quando", "ao", "aos", "isso", "tem", "pelo", "pela", "ontem", "hoje",
            "funciona", "sem", "estamos", "foi");
    private static final Set<String> ENGLISH = Set.of("the", "is", "are", "and", "to", "of", "it", "not", "when",
            "with", "for", "on", "we", "our", "this", "that", "does", "doesn", "from", "after", "since", "can",
            "cannot", "t", "yesterday", "today", "work", "working", "i", "my", "in");

    private QualityText() {
    }

    /** Lower case without accents or other marks; punctuation and line breaks are kept. */
    static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        return MARKS.matcher(decomposed).replaceAll("");
    }

    /** Folded text with every run of non-letters and non-digits as one space. */
    static String plain(String folded) {
        return " " + NOT_WORD.matcher(folded).replaceAll(" ").trim() + " ";
    }

    static List<String> words(String folded) {
        String plain = plain(folded).trim();
        return plain.isEmpty() ? List.of() : Arrays.asList(plain.split(" "));
    }

    /** The text without what is quoted ("…", «…», “…”): quoted system messages may be in capitals. */
    static String withoutQuotes(String text) {
        return text == null ? "" : QUOTED.matcher(text).replaceAll(" ");
    }

    /**
     * The language a text is written in, among es, en and pt, or {@code fallback} when the text is too short or too
     * mixed to tell.
     */
    static String guessLanguage(String text, String fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        int es = 0;
        int pt = 0;
        int en = 0;
        for (char c : text.toCharArray()) {
            if (c == 'ñ' || c == 'Ñ' || c == '¿' || c == '¡') {
                es += 2;
            } else if (c == 'ã' || c == 'õ' || c == 'ç' || c == 'Ã' || c == 'Õ' || c == 'Ç') {
                pt += 2;
            }
        }
        for (String word : words(fold(text))) {
            es += SPANISH.contains(word) ? 1 : 0;
            pt += PORTUGUESE.contains(word) ? 1 : 0;
            en += ENGLISH.contains(word) ? 1 : 0;
        }
        int best = Math.max(es, Math.max(pt, en));
        if (best < 2) {
            return fallback;
        }
        List<String> winners = new ArrayList<>();
        if (es == best) {
            winners.add("es");
        }
        if (pt == best) {
            winners.add("pt");
        }
        if (en == best) {
            winners.add("en");
        }
        return winners.size() == 1 ? winners.get(0) : winners.contains(fallback) ? fallback : winners.get(0);
    }

    /**
     * A list of words, phrases and regular expressions, compiled once. Words and phrases match whole words of the
     * folded text, whatever the punctuation between them; an entry starting with {@code re:} is a regular expression
     * over the folded text; an entry with other punctuation (such as {@code dice:}) matches literally.
     */
    static final class Lexicon {

        static final Lexicon EMPTY = new Lexicon(List.of());

        private final List<String> entries;
        private final Pattern phrases;
        private final List<Pattern> patterns = new ArrayList<>();

        Lexicon(Collection<String> entries) {
            this.entries = List.copyOf(entries);
            List<String> alternatives = new ArrayList<>();
            for (String entry : this.entries) {
                if (entry == null || entry.isBlank()) {
                    continue;
                }
                if (entry.startsWith("re:")) {
                    patterns.add(Pattern.compile(entry.substring(3)));
                    continue;
                }
                String folded = fold(entry).trim();
                if (folded.matches("[a-z0-9 ]+")) {
                    alternatives.add(Arrays.stream(folded.split(" +")).map(Pattern::quote)
                            .reduce((a, b) -> a + "\\s+" + b).orElse(""));
                } else {
                    patterns.add(Pattern.compile("(?<![a-z0-9])" + Pattern.quote(folded)));
                }
            }
            // longest first, so "otra vez" is replaced before "otra"
            alternatives.sort((a, b) -> b.length() - a.length());
            phrases = alternatives.isEmpty() ? null
                    : Pattern.compile("(?<![a-z0-9])(?:" + String.join("|", alternatives) + ")(?![a-z0-9])");
        }

        /** Whether any entry occurs in the folded text. */
        boolean foundIn(String folded) {
            if (phrases != null && phrases.matcher(plain(folded)).find()) {
                return true;
            }
            for (Pattern pattern : patterns) {
                if (pattern.matcher(folded).find()) {
                    return true;
                }
            }
            return false;
        }

        /** The folded text with every occurrence replaced by {@code marker} (surrounded by spaces). */
        String replaceIn(String folded, String marker) {
            String result = folded;
            for (Pattern pattern : patterns) {
                result = pattern.matcher(result).replaceAll(" " + marker + " ");
            }
            if (phrases != null) {
                result = phrases.matcher(plain(result)).replaceAll(Matcher.quoteReplacement(" " + marker + " "));
            }
            return result;
        }

        Lexicon plus(Collection<String> more) {
            if (more == null || more.isEmpty()) {
                return this;
            }
            List<String> all = new ArrayList<>(entries);
            all.addAll(more);
            return new Lexicon(all);
        }
    }
}
