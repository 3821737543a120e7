package io.resuelve.search.api;

import java.util.List;
import java.util.Set;

import io.resuelve.accounts.ResuelvePrincipal;
import io.resuelve.search.ArticleFilters;
import io.resuelve.search.Search;
import io.resuelve.search.SearchType;
import io.resuelve.search.TicketFilters;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Search")
class SearchApiController {

    private final Search search;

    SearchApiController(Search search) {
        this.search = search;
    }

    @GetMapping("/api/v1/search")
    @Operation(summary = "Articles and tickets matching q, within what the caller may see (visitors: public "
            + "articles); best first")
    List<SearchResultJson> search(@RequestParam String q,
            @Parameter(description = "article or ticket; both when absent") @RequestParam(required = false) String type,
            @Parameter(description = "es, en or pt: the translation wanted; the caller's language when absent")
            @RequestParam(required = false) String lang,
            @RequestParam(required = false) String country, @RequestParam(required = false) Long product,
            @Parameter(description = "article kind, e.g. HOW_TO") @RequestParam(required = false) String kind,
            @Parameter(description = "ticket statuses, e.g. OPEN") @RequestParam(required = false) Set<String> status,
            @RequestParam(required = false) Long organization, @RequestParam(required = false) Long group,
            @RequestParam(defaultValue = "20") int limit, @AuthenticationPrincipal ResuelvePrincipal principal) {
        String language = lang != null ? lang : LocaleContextHolder.getLocale().getLanguage();
        var request = new Search.Request(q, SearchType.parse(type), language,
                new ArticleFilters(country, product, kind),
                new TicketFilters(status, organization, group, product, country), limit);
        return search.search(principal == null ? null : principal.actor(), request).all().stream()
                .map(SearchResultJson::of).toList();
    }
}
