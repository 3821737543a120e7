package io.resuelve.kb;

import java.util.List;

/**
 * "More like this": articles whose text resembles an article's, best first. Implemented by the search module;
 * without an implementation the article page shows only hand-picked and same-folder articles. The ids returned
 * may include articles the reader cannot see — the knowledge base filters them.
 */
public interface SimilarArticles {

    List<Long> similarTo(long articleId, String language, int limit);
}
