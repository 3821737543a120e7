package io.resuelve.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import io.resuelve.accounts.Actor;
import io.resuelve.kb.ArticleVisibility;
import io.resuelve.kb.SimilarArticles;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.scope.SearchScope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Article search within the reading rules of the knowledge base: visitors find published public articles,
 * signed-in customers also the customers' ones and those of their organisation, staff everything, drafts
 * included. One hit per article: the translation in the wanted language, else the article's default one.
 */
@Service
public class ArticleSearch implements SimilarArticles {

    private static final List<String> TEXT_FIELDS = textFields();
    @PersistenceContext
    private EntityManager entityManager;
    private final SearchProperties properties;

    ArticleSearch(SearchProperties properties) {
        this.properties = properties;
    }

    /** The articles matching {@code q} that {@code actor} (null: a visitor) may read, best first. */
    @Transactional(readOnly = true)
    public List<SearchHit> search(Actor actor, String q, String language, ArticleFilters filters, int limit) {
        String text = TextQuery.clean(q);
        if (text.isEmpty()) {
            return List.of();
        }
        String lang = Analyzers.normalise(language);
        List<List<?>> rows = query(actor, lang, filters, limit, f -> TextQuery.exact(f, TEXT_FIELDS, text));
        if (rows.isEmpty() && TextQuery.tolerant(text, properties.fuzzyMaxWords())) {
            var tolerant = tolerant(text);
            rows = tolerant == null ? rows : query(actor, lang, filters, limit, tolerant);
        }
        List<SearchHit> hits = new ArrayList<>();
        for (List<?> row : rows) {
            hits.add(hit(row));
        }
        return hits;
    }

    /** As in {@link TicketSearch}: the index words near each word on Lucene, a fuzzy query on a cluster. */
    private Function<SearchPredicateFactory, PredicateFinalStep> tolerant(String text) {
        if (properties.backend() != SearchProperties.Backend.LUCENE) {
            return f -> TextQuery.fuzzy(f, TEXT_FIELDS, text);
        }
        List<Set<String>> corrections = Typos.corrections(scope(), TEXT_FIELDS, text);
        return corrections.isEmpty() ? null : f -> Typos.predicate(f, TEXT_FIELDS, corrections);
    }

    private List<List<?>> query(Actor actor, String lang, ArticleFilters filters, int limit,
            Function<SearchPredicateFactory, PredicateFinalStep> text) {
        return Search.session(entityManager).search(scope())
                .select(f -> f.composite().from(f.field(ArticleIndexBinder.ARTICLE, Long.class),
                        f.field(ArticleIndexBinder.LANGUAGE, String.class),
                        f.field(ArticleIndexBinder.IS_DEFAULT, Boolean.class), titles(f), bodies(f)).asList())
                .where(f -> {
                    BooleanPredicateClausesStep<?, ?> bool = f.bool();
                    bool.must(text.apply(f));
                    bool.filter(readable(f, actor));
                    bool.filter(inLanguage(f, lang));
                    filter(f, bool, filters);
                    return bool;
                })
                .highlighter(h -> h.unified().tag(Snippet.START, Snippet.END).numberOfFragments(1)
                        .noMatchSize(TicketSearch.noMatchSize(properties)))
                .totalHitCountThreshold(TicketSearch.HIT_COUNT_THRESHOLD)
                .fetchHits(Math.max(1, Math.min(limit, 100)));
    }

    /**
     * "More like this": published articles sharing words of this one's title and tags, best first, the article
     * itself excluded. The caller applies the reading rules to the ids.
     */
    @Override
    @Transactional(readOnly = true)
    public List<Long> similarTo(long articleId, String language, int limit) {
        String lang = Analyzers.normalise(language);
        var session = Search.session(entityManager);
        List<List<?>> source = session.search(scope())
                .select(f -> f.composite().from(titles(f), f.field(ArticleIndexBinder.TAGS, String.class).multi())
                        .asList())
                .where(f -> f.bool().must(f.match().field(ArticleIndexBinder.ARTICLE).matching(articleId))
                        .filter(inLanguage(f, lang)))
                .fetchHits(1);
        if (source.isEmpty()) {
            return List.of();
        }
        StringBuilder words = new StringBuilder(firstText(source.get(0).get(0)));
        ((List<?>) source.get(0).get(1)).forEach(tag -> words.append(' ').append(tag));
        // Words of 4 letters or more: articles, prepositions and the like say nothing about the subject.
        String text = String.join(" ", TextQuery.words(TextQuery.clean(words.toString())).stream()
                .filter(w -> w.codePointCount(0, w.length()) >= 4).toList());
        if (text.isEmpty()) {
            return List.of();
        }
        List<?> tags = List.copyOf((List<?>) source.get(0).get(1));
        String[] fields = TEXT_FIELDS.stream().map(TextQuery::name).toArray(String[]::new);
        return session.search(scope()).select(f -> f.field(ArticleIndexBinder.ARTICLE, Long.class))
                .where(f -> f.bool()
                        .must(tags.isEmpty() ? f.match().fields(fields).matching(text)
                                : f.or(f.match().fields(fields).matching(text),
                                        f.terms().field(ArticleIndexBinder.TAGS).matchingAny(tags).boost(2f)))
                        .filter(f.match().field(ArticleIndexBinder.PUBLISHED).matching(true))
                        .filter(inLanguage(f, lang))
                        .mustNot(f.match().field(ArticleIndexBinder.ARTICLE).matching(articleId)))
                .fetchHits(Math.max(1, Math.min(limit, 50)));
    }

    private SearchScope<Object> scope() {
        return Search.session(entityManager).scope(Object.class, "ArticleTranslation");
    }

    /** The reading rules of the kb module (ReadingRules) as an index filter. */
    static PredicateFinalStep readable(SearchPredicateFactory f, Actor actor) {
        if (actor != null && actor.isStaff()) {
            return f.matchAll();
        }
        var audience = f.or();
        audience.add(f.match().field(ArticleIndexBinder.VISIBILITY).matching(ArticleVisibility.PUBLIC.name()));
        if (actor != null) {
            audience.add(f.match().field(ArticleIndexBinder.VISIBILITY).matching(ArticleVisibility.CUSTOMERS.name()));
            if (actor.organisationId() != null) {
                audience.add(f.and(
                        f.match().field(ArticleIndexBinder.VISIBILITY)
                                .matching(ArticleVisibility.ORGANIZATIONS.name()),
                        f.match().field(ArticleIndexBinder.ORGANISATIONS).matching(actor.organisationId())));
            }
        }
        return f.and(f.match().field(ArticleIndexBinder.PUBLISHED).matching(true), audience);
    }

    /** The translation in {@code language}, or the default one of articles not translated to it. */
    private static PredicateFinalStep inLanguage(SearchPredicateFactory f, String language) {
        return f.or(f.match().field(ArticleIndexBinder.LANGUAGE).matching(language),
                f.bool().must(f.match().field(ArticleIndexBinder.IS_DEFAULT).matching(true))
                        .mustNot(f.match().field(ArticleIndexBinder.LANGUAGES).matching(language)));
    }

    private static void filter(SearchPredicateFactory f, BooleanPredicateClausesStep<?, ?> bool,
            ArticleFilters filters) {
        if (filters == null) {
            return;
        }
        if (filters.country() != null) {
            bool.filter(f.or(f.match().field(ArticleIndexBinder.COUNTRY).matching(filters.country()),
                    f.not(f.exists().field(ArticleIndexBinder.COUNTRY))));
        }
        if (filters.productId() != null) {
            bool.filter(f.match().field(ArticleIndexBinder.PRODUCT).matching(filters.productId()));
        }
        if (filters.kind() != null) {
            bool.filter(f.match().field(ArticleIndexBinder.KIND).matching(filters.kind()));
        }
    }

    private static org.hibernate.search.engine.search.projection.dsl.ProjectionFinalStep<List<?>> titles(
            org.hibernate.search.engine.search.projection.dsl.SearchProjectionFactory<?, ?> f) {
        return f.composite().from(Analyzers.LANGUAGES.stream()
                .map(l -> f.field(ArticleIndexBinder.title(l), String.class))
                .toArray(org.hibernate.search.engine.search.projection.dsl.ProjectionFinalStep[]::new)).asList();
    }

    private static org.hibernate.search.engine.search.projection.dsl.ProjectionFinalStep<List<?>> bodies(
            org.hibernate.search.engine.search.projection.dsl.SearchProjectionFactory<?, ?> f) {
        return f.composite().from(Analyzers.LANGUAGES.stream().map(l -> f.highlight(ArticleIndexBinder.body(l)))
                .toArray(org.hibernate.search.engine.search.projection.dsl.ProjectionFinalStep[]::new)).asList();
    }

    private static SearchHit hit(List<?> row) {
        long id = (Long) row.get(0);
        String language = (String) row.get(1);
        boolean isDefault = Boolean.TRUE.equals(row.get(2));
        Snippet body = Snippet.of(firstText(row.get(4)));
        String url = "/ayuda/articulos/" + id + (isDefault ? "" : "?lang=" + language);
        return new SearchHit("article", id, firstText(row.get(3)), body, url, language, null);
    }

    /**
     * The first value among the per-language fields (a document has one language's): a title, or the list of a
     * body's highlighted fragments.
     */
    private static String firstText(Object perLanguage) {
        for (Object value : (List<?>) perLanguage) {
            if (value instanceof String text && !text.isEmpty()) {
                return text;
            }
            if (value instanceof List<?> fragments && !fragments.isEmpty()) {
                return (String) fragments.get(0);
            }
        }
        return "";
    }

    private static List<String> textFields() {
        List<String> fields = new ArrayList<>();
        for (String language : Analyzers.LANGUAGES) {
            fields.add(ArticleIndexBinder.title(language) + "^3");
            fields.add(ArticleIndexBinder.body(language));
        }
        return List.copyOf(fields);
    }
}
