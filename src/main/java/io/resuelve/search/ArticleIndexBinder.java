package io.resuelve.search;

import java.time.Instant;
import java.util.Map;

import io.resuelve.kb.Article;
import io.resuelve.kb.ArticleTranslation;
import io.resuelve.kb.KbFolder;
import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.document.model.dsl.IndexSchemaElement;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.TypeBridgeWriteContext;

/**
 * One document per article translation. Title and body go to fields of the translation's language
 * ({@code title_es}, {@code body_pt}, …), each with the analyzer of that language; the article's kind, visibility,
 * publication, organisations, product and country go beside them for the visibility rule and the filters. A change
 * to the article (visibility, publication, organisations, folder, translations) re-indexes all its translations.
 * A folder's product or a collection's country changing is rare: run a reindex after it (README, "Search").
 */
class ArticleIndexBinder implements TypeBinder {

    static final String ARTICLE = "articleId";
    static final String LANGUAGE = "language";
    static final String LANGUAGES = "languages";
    static final String IS_DEFAULT = "defaultTranslation";
    static final String KIND = "kind";
    static final String VISIBILITY = "visibility";
    static final String PUBLISHED = "published";
    static final String ORGANISATIONS = "organisationIds";
    static final String PRODUCT = "productId";
    static final String COUNTRY = "country";
    static final String TAGS = "tags";
    static final String UPDATED = "updatedAt";

    static String title(String language) {
        return "title_" + Analyzers.normalise(language);
    }

    static String body(String language) {
        return "body_" + Analyzers.normalise(language);
    }

    @Override
    public void bind(TypeBindingContext context) {
        context.dependencies().use("language").use("title").use("body").use("updatedAt")
                .use("article.kind").use("article.visibility").use("article.published")
                .use("article.organisationIds").use("article.tags").use("article.folder")
                .use("article.defaultLanguage").use("article.translations.language");
        IndexSchemaElement schema = context.indexSchemaElement();
        var keyword = context.typeFactory().asString().normalizer(Analyzers.KEYWORD).projectable(Projectable.YES)
                .toIndexFieldType();
        var id = context.typeFactory().asLong().projectable(Projectable.YES).toIndexFieldType();
        Map<String, IndexFieldReference<String>> titles = new java.util.HashMap<>();
        Map<String, IndexFieldReference<String>> bodies = new java.util.HashMap<>();
        for (String language : Analyzers.LANGUAGES) {
            // Titles are short and shown whole: read, not highlighted.
            var title = context.typeFactory().asString().analyzer(Analyzers.forLanguage(language))
                    .projectable(Projectable.YES).toIndexFieldType();
            var body = TicketIndexBinder.highlightedText(context, Analyzers.forLanguage(language));
            titles.put(language, schema.field(title(language), title).toReference());
            bodies.put(language, schema.field(body(language), body).toReference());
        }
        Fields fields = new Fields(schema.field(ARTICLE, id).toReference(),
                schema.field(LANGUAGE, keyword).toReference(), schema.field(LANGUAGES, keyword).multiValued()
                        .toReference(),
                schema.field(IS_DEFAULT, context.typeFactory().asBoolean().projectable(Projectable.YES)).toReference(),
                schema.field(KIND, keyword).toReference(), schema.field(VISIBILITY, keyword).toReference(),
                schema.field(PUBLISHED, context.typeFactory().asBoolean()).toReference(),
                schema.field(ORGANISATIONS, id).multiValued().toReference(), schema.field(PRODUCT, id).toReference(),
                schema.field(COUNTRY, keyword).toReference(), schema.field(TAGS, keyword).multiValued().toReference(),
                schema.field(UPDATED, context.typeFactory().asInstant().sortable(Sortable.YES)).toReference(),
                Map.copyOf(titles), Map.copyOf(bodies));
        context.bridge(ArticleTranslation.class, new Bridge(fields));
    }

    private record Fields(IndexFieldReference<Long> article, IndexFieldReference<String> language,
            IndexFieldReference<String> languages, IndexFieldReference<Boolean> isDefault,
            IndexFieldReference<String> kind, IndexFieldReference<String> visibility,
            IndexFieldReference<Boolean> published, IndexFieldReference<Long> organisations,
            IndexFieldReference<Long> product, IndexFieldReference<String> country, IndexFieldReference<String> tags,
            IndexFieldReference<Instant> updated, Map<String, IndexFieldReference<String>> titles,
            Map<String, IndexFieldReference<String>> bodies) {
    }

    private record Bridge(Fields fields) implements TypeBridge<ArticleTranslation> {

        @Override
        public void write(DocumentElement target, ArticleTranslation translation, TypeBridgeWriteContext context) {
            Article article = translation.article();
            String language = Analyzers.normalise(translation.language());
            target.addValue(fields.article(), article.id());
            target.addValue(fields.language(), language);
            article.translations().stream().map(t -> Analyzers.normalise(t.language())).distinct()
                    .forEach(l -> target.addValue(fields.languages(), l));
            target.addValue(fields.isDefault(), translation.language().equals(article.defaultLanguage()));
            target.addValue(fields.kind(), article.kind() == null ? null : article.kind().name());
            target.addValue(fields.visibility(), article.visibility() == null ? null : article.visibility().name());
            target.addValue(fields.published(), article.published());
            article.organisationIds().forEach(o -> target.addValue(fields.organisations(), o));
            article.tags().forEach(t -> target.addValue(fields.tags(), t));
            KbFolder folder = article.folder();
            if (folder != null) {
                target.addValue(fields.product(), folder.productId());
                if (folder.collection() != null) {
                    target.addValue(fields.country(), folder.collection().countryCode());
                }
            }
            target.addValue(fields.updated(), translation.updatedAt());
            target.addValue(fields.titles().get(language), translation.title());
            target.addValue(fields.bodies().get(language), MarkdownText.plain(translation.body()));
        }
    }
}
