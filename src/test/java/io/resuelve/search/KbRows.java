package io.resuelve.search;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/** Knowledge-base rows written straight to the database, for search tests (then indexed by a reindex). */
final class KbRows {

    private final JdbcClient jdbc;
    private final long folder;

    KbRows(JdbcClient jdbc, String country, Long productId) {
        this.jdbc = jdbc;
        long collection = insert("insert into kb_collections (name, country_code, position) values (?, ?, 0)",
                "Ayuda " + country, country);
        this.folder = insert("insert into kb_folders (collection_id, name, product_id, position) values (?, ?, ?, 0)",
                collection, "Carpeta", productId);
    }

    /** An article with its Spanish translation (the default language); returns its id. */
    long article(String kind, String visibility, boolean published, String title, String body,
            List<Long> organisations) {
        Timestamp now = Timestamp.from(Instant.now());
        long id = insert("insert into kb_articles (folder_id, kind, visibility, published, default_language, "
                + "created_at, updated_at, view_count) values (?, ?, ?, ?, 'es', ?, ?, 0)", folder, kind, visibility,
                published, now, now);
        translation(id, "es", title, body);
        for (Long organisation : organisations) {
            jdbc.sql("insert into kb_article_organisations (article_id, organisation_id) values (?, ?)")
                    .params(id, organisation).update();
        }
        return id;
    }

    void translation(long article, String language, String title, String body) {
        insert("insert into kb_article_translations (article_id, language, title, body, updated_at) "
                + "values (?, ?, ?, ?, ?)", article, language, title, body, Timestamp.from(Instant.now()));
    }

    private long insert(String sql, Object... params) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql(sql).params(params).update(keys, "id");
        return keys.getKey().longValue();
    }
}
