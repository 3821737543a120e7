package io.resuelve.search;

/**
 * One result, as the API returns it and the results page shows it.
 *
 * @param type    {@code article} or {@code ticket}
 * @param id      the article id, or the ticket number
 * @param title   the article title, or "#number subject"
 * @param snippet the passage that matched, terms marked
 * @param url     the page a person opens for it (scoped to the caller: the portal or the agent workspace)
 * @param language the article translation's language; {@code null} for tickets
 * @param status  the ticket status; {@code null} for articles
 */
public record SearchHit(String type, long id, String title, Snippet snippet, String url, String language,
        String status) {
}
