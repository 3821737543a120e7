package io.resuelve.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.QueryVisitor;
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

    /** Index words tried per mistyped word and field, the closest and most frequent first. */
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
            IndexSearcher searcher = new IndexSearcher(reader);
            List<Set<String>> corrections = new ArrayList<>();
            for (String word : TextQuery.words(q)) {
                int edits = TextQuery.maxEdits(word);
                BooleanQuery.Builder any = new BooleanQuery.Builder();
                for (String field : fields) {
                    String name = TextQuery.name(field);
                    for (String term : terms(name, word)) {
                        any.add(new FuzzyQuery(new Term(name, term), edits, EXACT_PREFIX, MAX_EXPANSIONS, true),
                                BooleanClause.Occur.SHOULD);
                    }
                }
                Set<Term> found = new LinkedHashSet<>();
                searcher.rewrite(any.build()).visit(QueryVisitor.termCollector(found));
                Set<String> words = new LinkedHashSet<>();
                found.forEach(term -> words.add(term.text()));
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
