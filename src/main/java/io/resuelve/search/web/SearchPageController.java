package io.resuelve.search.web;

import java.util.List;
import java.util.Set;

import io.resuelve.accounts.Actor;
import io.resuelve.accounts.ResuelvePrincipal;
import io.resuelve.catalog.Catalog;
import io.resuelve.search.ArticleFilters;
import io.resuelve.search.Search;
import io.resuelve.search.SearchType;
import io.resuelve.search.TicketFilters;
import io.resuelve.shared.InvalidInputException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Buscar": articles for everyone, and for signed-in people also the tickets they may see (customers their own
 * or their organisation's, agents every ticket outside restricted groups they are not in).
 */
@Controller
class SearchPageController {

    static final List<String> KINDS = List.of("PRODUCT_INFO", "REGULATORY", "HOW_TO", "SELF_HELP", "PORTAL_GUIDE");
    static final List<String> STATUSES = List.of("NEW", "OPEN", "PENDING_CUSTOMER", "ON_HOLD", "RESOLVED", "CLOSED");

    private final Search search;
    private final Catalog catalog;

    SearchPageController(Search search, Catalog catalog) {
        this.search = search;
        this.catalog = catalog;
    }

    @GetMapping("/buscar")
    String results(@RequestParam(required = false) String q, @RequestParam(required = false) String tipo,
            @RequestParam(required = false) String pais, @RequestParam(required = false) Long producto,
            @RequestParam(required = false) String clase, @RequestParam(required = false) String estado,
            @AuthenticationPrincipal ResuelvePrincipal principal, Model model) {
        Actor actor = principal == null ? null : principal.actor();
        model.addAttribute("q", q == null ? "" : q.strip());
        model.addAttribute("tipo", tipo);
        model.addAttribute("pais", pais);
        model.addAttribute("producto", producto);
        model.addAttribute("clase", clase);
        model.addAttribute("estado", estado);
        model.addAttribute("kinds", KINDS);
        model.addAttribute("statuses", STATUSES);
        model.addAttribute("countries", catalog.countries());
        model.addAttribute("products", catalog.brands().stream().flatMap(b -> catalog.products(b.id()).stream())
                .toList());
        model.addAttribute("ticketsToo", actor != null);
        if (q == null || q.isBlank()) {
            return "search/results";
        }
        Set<SearchType> types = "articulos".equals(tipo) ? Set.of(SearchType.ARTICLE)
                : "tickets".equals(tipo) && actor != null ? Set.of(SearchType.TICKET) : Set.of(SearchType.values());
        var request = new Search.Request(q, types, LocaleContextHolder.getLocale().getLanguage(),
                new ArticleFilters(pais, producto, clase),
                new TicketFilters(estado == null || estado.isBlank() ? Set.of() : Set.of(estado), null, null,
                        producto, pais),
                Search.DEFAULT_LIMIT);
        try {
            model.addAttribute("results", search.search(actor, request));
        } catch (InvalidInputException e) {
            model.addAttribute("invalid", true);
        }
        return "search/results";
    }
}
