package io.resuelve.search;

import io.resuelve.kb.ArticleTranslation;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmMappingConfigurationContext;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmSearchMappingConfigurer;

/**
 * Knowledge-base articles in the index without annotations on the kb entities: one document per translation, in
 * the index "article", built by {@link ArticleIndexBinder}.
 */
public class ArticleMapping implements HibernateOrmSearchMappingConfigurer {

    @Override
    public void configure(HibernateOrmMappingConfigurationContext context) {
        var translation = context.programmaticMapping().type(ArticleTranslation.class);
        translation.indexed().index("article");
        translation.binder(new ArticleIndexBinder());
    }
}
