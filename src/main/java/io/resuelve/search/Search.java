package io.resuelve.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.resuelve.accounts.Actor;
import io.resuelve.shared.InvalidInputException;
import org.springframework.stereotype.Service;

/**
 * The one search entry point of pages and API: articles and tickets, each within what the caller may see. A
 * search through the knowledge base that finds nothing is counted in {@link SearchMisses}.
 */
@Service
public class Search {

    public static final int DEFAULT_LIMIT = 20;

    private final ArticleSearch articles;
    private final TicketSearch tickets;
    private final SearchMisses misses;

    Search(ArticleSearch articles, TicketSearch tickets, SearchMisses misses) {
        this.articles = articles;
        this.tickets = tickets;
        this.misses = misses;
    }

    /** What to search for. {@code actor} is null for a visitor, who finds public articles only. */
    public record Request(String q, Set<SearchType> types, String language, ArticleFilters articleFilters,
            TicketFilters ticketFilters, int limit) {

        public Request {
            types = types == null || types.isEmpty() ? Set.of(SearchType.values()) : Set.copyOf(types);
            articleFilters = articleFilters == null ? ArticleFilters.none() : articleFilters;
            ticketFilters = ticketFilters == null ? TicketFilters.none() : ticketFilters;
            limit = limit <= 0 ? DEFAULT_LIMIT : Math.min(limit, 100);
        }
    }

    /** Articles and tickets found for this request, articles first; the query must hold a letter or digit. */
    public Results search(Actor actor, Request request) {
        String q = TextQuery.clean(request.q());
        if (TextQuery.words(q).isEmpty()) {
            throw new InvalidInputException("q", "search.error.query");
        }
        List<SearchHit> foundArticles = request.types().contains(SearchType.ARTICLE)
                ? articles.search(actor, q, request.language(), request.articleFilters(), request.limit())
                : List.of();
        List<SearchHit> foundTickets = request.types().contains(SearchType.TICKET) && actor != null
                ? tickets.search(actor, q, request.ticketFilters(), request.limit())
                : List.of();
        if (request.types().contains(SearchType.ARTICLE) && foundArticles.isEmpty()) {
            misses.record(q, request.language());
        }
        return new Results(q, foundArticles, foundTickets);
    }

    /** What a search found. */
    public record Results(String q, List<SearchHit> articles, List<SearchHit> tickets) {

        public List<SearchHit> all() {
            List<SearchHit> all = new ArrayList<>(articles);
            all.addAll(tickets);
            return all;
        }

        public boolean isEmpty() {
            return articles.isEmpty() && tickets.isEmpty();
        }
    }
}
