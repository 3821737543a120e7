package io.resuelve.search;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;

/** {@link Analyzers} for the Elasticsearch/OpenSearch back-end: the same chain as {@link LuceneAnalyzers}. */
public class ElasticsearchAnalyzers implements ElasticsearchAnalysisConfigurer {

    @Override
    public void configure(ElasticsearchAnalysisConfigurationContext context) {
        context.tokenFilter("resuelve_light_spanish").type("stemmer").param("language", "light_spanish");
        context.tokenFilter("resuelve_minimal_english").type("stemmer").param("language", "minimal_english");
        context.tokenFilter("resuelve_possessive_english").type("stemmer").param("language", "possessive_english");
        context.tokenFilter("resuelve_light_portuguese").type("stemmer").param("language", "light_portuguese");
        context.analyzer(Analyzers.SPANISH).custom().tokenizer("standard")
                .tokenFilters("lowercase", "asciifolding", "resuelve_light_spanish");
        context.analyzer(Analyzers.ENGLISH).custom().tokenizer("standard")
                .tokenFilters("resuelve_possessive_english", "lowercase", "asciifolding", "resuelve_minimal_english");
        context.analyzer(Analyzers.PORTUGUESE).custom().tokenizer("standard")
                .tokenFilters("lowercase", "asciifolding", "resuelve_light_portuguese");
        context.normalizer(Analyzers.KEYWORD).custom().tokenFilters("lowercase", "asciifolding");
    }
}
