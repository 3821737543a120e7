package io.resuelve.search;

/**
 * Optional filters of an article search; {@code null} means "any".
 *
 * @param country   the collection's country code (articles of collections without a country match every country)
 * @param productId the folder's product
 * @param kind      the article kind by name (PRODUCT_INFO, REGULATORY, HOW_TO, SELF_HELP, PORTAL_GUIDE)
 */
public record ArticleFilters(String country, Long productId, String kind) {

    public static ArticleFilters none() {
        return new ArticleFilters(null, null, null);
    }

    public ArticleFilters {
        country = country == null || country.isBlank() ? null : country.strip();
        kind = kind == null || kind.isBlank() ? null : kind.strip();
    }
}
