package io.resuelve.search;

import java.util.List;

import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilterFactory;
import org.apache.lucene.analysis.en.EnglishPossessiveFilterFactory;
import org.apache.lucene.analysis.es.SpanishLightStemFilterFactory;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilterFactory;
import org.apache.lucene.analysis.pt.PortugueseLightStemFilterFactory;
import org.apache.lucene.analysis.standard.StandardTokenizerFactory;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/** {@link Analyzers} for the Lucene back-end: the standard tokenizer, then {@link #filters(String)}. */
public class LuceneAnalyzers implements LuceneAnalysisConfigurer {

    static final Class<StandardTokenizerFactory> TOKENIZER = StandardTokenizerFactory.class;

    /** The token filters of an analyzer, in order. */
    static List<Class<? extends TokenFilterFactory>> filters(String analyzer) {
        return switch (analyzer) {
            case Analyzers.ENGLISH -> List.of(EnglishPossessiveFilterFactory.class, LowerCaseFilterFactory.class,
                    ASCIIFoldingFilterFactory.class, EnglishMinimalStemFilterFactory.class);
            case Analyzers.PORTUGUESE -> List.of(LowerCaseFilterFactory.class, ASCIIFoldingFilterFactory.class,
                    PortugueseLightStemFilterFactory.class);
            case Analyzers.SPANISH -> List.of(LowerCaseFilterFactory.class, ASCIIFoldingFilterFactory.class,
                    SpanishLightStemFilterFactory.class);
            default -> List.of(LowerCaseFilterFactory.class, ASCIIFoldingFilterFactory.class);
        };
    }

    /** The same analyzer outside Hibernate Search (analyzer tests, the benchmark's bare Lucene baseline). */
    public static org.apache.lucene.analysis.Analyzer standalone(String language) {
        try {
            var builder = org.apache.lucene.analysis.custom.CustomAnalyzer.builder().withTokenizer(TOKENIZER);
            for (var filter : filters(Analyzers.forLanguage(language))) {
                builder.addTokenFilter(filter);
            }
            return builder.build();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        for (String name : List.of(Analyzers.SPANISH, Analyzers.ENGLISH, Analyzers.PORTUGUESE)) {
            var analyzer = context.analyzer(name).custom().tokenizer(TOKENIZER);
            filters(name).forEach(analyzer::tokenFilter);
        }
        var normalizer = context.normalizer(Analyzers.KEYWORD).custom();
        filters(Analyzers.KEYWORD).forEach(normalizer::tokenFilter);
    }
}
