package io.resuelve.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.CompiledAutomaton;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.mapper.orm.scope.SearchScope;

/**
 * The typo-tolerant second try on the Lucene back-end, made cheap: each mistyped word is first replaced by the few
 * words of the index within its edits (what a fuzzy query would match), and the search runs on those exact words.
 * A fuzzy query handed to the search as such costs little to run but much to highlight, as the highlighter builds
 * the word's edit automaton again for every field of every hit.
 */
final class Typos {

    /** Index words tried per mistyped word, the closest and most frequent first. */
    static final int MAX_EXPANSIONS = 10;
    /** The first letter is rarely the mistyped one: keeping it fixed makes the look-up much cheaper. */
    static final int EXACT_PREFIX = 1;

    private static final Map<String, Analyzer> ANALYZERS = new ConcurrentHashMap<>();

    private Typos() {
    }

    /**
     * For each word of {@code q}, the index words of {@code fields} ("name^boost") within its {@link
     * TextQuery#maxEdits} edits; an empty list when some word has none (then nothing can match).
     */
    static List<Set<String>> corrections(SearchScope<?> scope, List<String> fields, String q) {
        try (IndexReader reader = scope.extension(LuceneExtension.get()).openIndexReader()) {
            List<Set<String>> corrections = new ArrayList<>();
            for (String word : TextQuery.words(q)) {
                Set<String> words = near(reader, fields, word);
                if (words.isEmpty()) {
                    return List.of();
                }
                corrections.add(words);
            }
            return corrections;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The index words of the fields within the word's edits, closest first, then the most frequent. The edit
     * automaton is built once per analysed form of the word (once for all ticket fields, which are all Spanish), and
     * run over each field's words.
     */
    static Set<String> near(IndexReader reader, List<String> fields, String word) throws IOException {
        int edits = TextQuery.maxEdits(word);
        Map<String, List<String>> fieldsByTerm = new LinkedHashMap<>();
        for (String field : fields) {
            String name = TextQuery.name(field);
            for (String term : terms(name, word)) {
                fieldsByTerm.computeIfAbsent(term, t -> new ArrayList<>()).add(name);
            }
        }
        Map<String, Candidate> found = new HashMap<>();
        for (Map.Entry<String, List<String>> entry : fieldsByTerm.entrySet()) {
            String typed = entry.getKey();
            CompiledAutomaton automaton = FuzzyQuery.getFuzzyAutomaton(typed, edits, EXACT_PREFIX, true);
            for (String field : entry.getValue()) {
                Terms terms = MultiTerms.getTerms(reader, field);
                if (terms == null) {
                    continue;
                }
                TermsEnum matching = automaton.getTermsEnum(terms);
                for (BytesRef term = matching.next(); term != null; term = matching.next()) {
                    String text = term.utf8ToString();
                    int frequency = matching.docFreq();
                    found.merge(text, new Candidate(text, distance(typed, text), frequency),
                            (a, b) -> new Candidate(a.word(), Math.min(a.distance(), b.distance()),
                                    a.frequency() + b.frequency()));
                }
            }
        }
        Set<String> closest = new LinkedHashSet<>();
        found.values().stream().sorted(Comparator.comparingInt(Candidate::distance)
                .thenComparing(Comparator.comparingLong(Candidate::frequency).reversed()))
                .limit(MAX_EXPANSIONS).forEach(c -> closest.add(c.word()));
        return closest;
    }

    private record Candidate(String word, int distance, long frequency) {
    }

    /** Edits between two words, a swap of neighbours counting as one (as the automaton counts them). */
    static int distance(String a, String b) {
        int[] x = a.codePoints().toArray();
        int[] y = b.codePoints().toArray();
        int[][] d = new int[x.length + 1][y.length + 1];
        for (int i = 0; i <= x.length; i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= y.length; j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= x.length; i++) {
            for (int j = 1; j <= y.length; j++) {
                int cost = x[i - 1] == y[j - 1] ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && x[i - 1] == y[j - 2] && x[i - 2] == y[j - 1]) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[x.length][y.length];
    }

    /** Every word, as one of its corrections, in one of the fields: exact index words, so no analysis. */
    static PredicateFinalStep predicate(SearchPredicateFactory f, List<String> fields, List<Set<String>> corrections) {
        var all = f.and();
        for (Set<String> words : corrections) {
            var any = f.or();
            for (String field : fields) {
                any.add(f.terms().field(TextQuery.name(field)).matchingAny(words).boost(TextQuery.boost(field)));
            }
            all.add(any);
        }
        return all;
    }

    /** The word as the field's analyzer indexes it (lower case, accents folded, stemmed). */
    private static List<String> terms(String field, String word) throws IOException {
        Analyzer analyzer = ANALYZERS.computeIfAbsent(language(field), LuceneAnalyzers::standalone);
        List<String> terms = new ArrayList<>(1);
        try (TokenStream stream = analyzer.tokenStream(field, word)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        }
        return terms;
    }

    /** Article fields end in their language ({@code body_pt}); ticket fields are Spanish. */
    private static String language(String field) {
        int underscore = field.lastIndexOf('_');
        return underscore < 0 ? "es" : Analyzers.normalise(field.substring(underscore + 1));
    }
}
