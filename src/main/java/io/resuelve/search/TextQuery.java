package io.resuelve.search;

import java.util.Arrays;
import java.util.List;

import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.predicate.dsl.SimpleQueryFlag;

/**
 * The text part of every search: all words must match (quotes for phrases, a trailing * for prefixes). When that
 * finds nothing, short queries are tried again tolerating typos, each word by its length — none under 4 letters,
 * one edit from 4, two from 8.
 */
final class TextQuery {

    static final int MAX_LENGTH = 200;

    private TextQuery() {
    }

    static String clean(String q) {
        if (q == null) {
            return "";
        }
        String text = q.replaceAll("[\\p{Cntrl}\\uE000\\uE001]", " ").replaceAll("\\s+", " ").strip();
        return text.length() > MAX_LENGTH ? text.substring(0, MAX_LENGTH) : text;
    }

    /** Every word in one of the fields ("name^3" weighs a field three times); quotes and a trailing * work. */
    static PredicateFinalStep exact(SearchPredicateFactory f, List<String> fields, String q) {
        var exactFields = f.simpleQueryString().field(name(fields.get(0))).boost(boost(fields.get(0)));
        for (String field : fields.subList(1, fields.size())) {
            exactFields = exactFields.field(name(field)).boost(boost(field));
        }
        return exactFields.matching(q).defaultOperator(BooleanOperator.AND)
                .flags(SimpleQueryFlag.AND, SimpleQueryFlag.OR, SimpleQueryFlag.PHRASE, SimpleQueryFlag.PREFIX,
                        SimpleQueryFlag.WHITESPACE);
    }

    /**
     * Whether a query gets a second, typo-tolerant try when the exact one finds nothing: short queries without
     * phrase or prefix syntax. Searching fuzzily only then keeps the common case as fast as an exact query (a fuzzy
     * term builds an automaton per field).
     */
    static boolean tolerant(String q, int fuzzyMaxWords) {
        List<String> words = words(q);
        return !words.isEmpty() && words.size() <= fuzzyMaxWords && !q.contains("\"") && !q.contains("*")
                && words.stream().anyMatch(word -> maxEdits(word) > 0);
    }

    /**
     * Every word in one of the fields, each allowed its {@link #maxEdits} typos, the first letter kept: the second try
     * on a cluster (on Lucene, {@link Typos} looks the words up first).
     */
    static PredicateFinalStep fuzzy(SearchPredicateFactory f, List<String> fields, String q) {
        var all = f.and();
        for (String word : words(q)) {
            int edits = maxEdits(word);
            var matchFields = f.match().field(name(fields.get(0))).boost(boost(fields.get(0)));
            for (String field : fields.subList(1, fields.size())) {
                matchFields = matchFields.field(name(field)).boost(boost(field));
            }
            all.add(edits == 0 ? matchFields.matching(word)
                    : matchFields.matching(word).fuzzy(edits, Typos.EXACT_PREFIX));
        }
        return all;
    }

    static String name(String field) {
        int caret = field.indexOf('^');
        return caret < 0 ? field : field.substring(0, caret);
    }

    static float boost(String field) {
        int caret = field.indexOf('^');
        return caret < 0 ? 1f : Float.parseFloat(field.substring(caret + 1));
    }

    static List<String> words(String q) {
        return Arrays.stream(q.split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty()).toList();
    }

    /** How many typos a word tolerates. */
    static int maxEdits(String word) {
        int length = word.codePointCount(0, word.length());
        return length >= 8 ? 2 : length >= 4 ? 1 : 0;
    }
}
