package io.resuelve.search.api;

import io.resuelve.search.SearchHit;

/**
 * One search result.
 *
 * @param type     {@code article} or {@code ticket}
 * @param id       the article id, or the ticket number
 * @param title    the article title, or "#number subject"
 * @param snippet  the passage that matched as HTML: the text escaped, the matched words in {@code <mark>}
 * @param text     the same passage as plain text
 * @param url      the page a person opens (portal or agent workspace, by the caller's role), relative to the site
 * @param language the article translation's language; null for tickets
 * @param status   the ticket status; null for articles
 */
record SearchResultJson(String type, long id, String title, String snippet, String text, String url,
        String language, String status) {

    static SearchResultJson of(SearchHit hit) {
        return new SearchResultJson(hit.type(), hit.id(), hit.title(), hit.snippet().html(), hit.snippet().text(),
                hit.url(), hit.language(), hit.status());
    }
}
