package io.resuelve.search;

import java.util.Arrays;
import java.util.List;

import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.predicate.dsl.SimpleQueryFlag;

/**
 * The text part of every search: all words must match (quotes for phrases, a trailing * for prefixes). Short
 * queries also tolerate typos, each word by its length — none under 4 letters, one edit from 4, two from 8 — with
 * exact matches ranked first.
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

    /** A searched field; a "name^3" entry weighs matches in that field three times. */
    static PredicateFinalStep matching(SearchPredicateFactory f, List<String> fields, String q, int fuzzyMaxWords) {
        var exactFields = f.simpleQueryString().field(name(fields.get(0))).boost(boost(fields.get(0)));
        for (String field : fields.subList(1, fields.size())) {
            exactFields = exactFields.field(name(field)).boost(boost(field));
        }
        var exact = exactFields.matching(q).defaultOperator(BooleanOperator.AND)
                .flags(SimpleQueryFlag.AND, SimpleQueryFlag.OR, SimpleQueryFlag.PHRASE, SimpleQueryFlag.PREFIX,
                        SimpleQueryFlag.WHITESPACE);
        List<String> words = words(q);
        if (words.isEmpty() || words.size() > fuzzyMaxWords || q.contains("\"") || q.contains("*")) {
            return exact;
        }
        var all = f.and();
        for (String word : words) {
            int edits = maxEdits(word);
            var matchFields = f.match().field(name(fields.get(0))).boost(boost(fields.get(0)));
            for (String field : fields.subList(1, fields.size())) {
                matchFields = matchFields.field(name(field)).boost(boost(field));
            }
            all.add(edits == 0 ? matchFields.matching(word) : matchFields.matching(word).fuzzy(edits, 1));
        }
        return f.or(exact.boost(4f), all);
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
