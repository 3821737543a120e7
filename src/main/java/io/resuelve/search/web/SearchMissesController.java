package io.resuelve.search.web;

import io.resuelve.search.SearchMisses;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Agents: what people searched the knowledge base for and did not find, most frequent first. */
@Controller
class SearchMissesController {

    private final SearchMisses misses;

    SearchMissesController(SearchMisses misses) {
        this.misses = misses;
    }

    @GetMapping("/agente/busquedas-sin-resultado")
    String list(Model model) {
        model.addAttribute("misses", misses.top(200));
        return "search/misses";
    }
}
