package io.resuelve.search.web;

import java.util.Set;

import io.resuelve.accounts.Actor;
import io.resuelve.search.ArticleFilters;
import io.resuelve.search.ArticleSearch;
import io.resuelve.search.Deflections;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import io.resuelve.shared.InvalidInputException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Articles suggested beside the new-ticket form while the customer types (static/js/deflection.js), and the
 * deflection record when they opened one and left without sending the ticket. The record is an ordinary
 * CSRF-protected POST: the script sends the page's token with {@code navigator.sendBeacon}.
 */
@Controller
class DeflectionController {

    static final int SUGGESTIONS = 5;

    private final ArticleSearch articles;
    private final Deflections deflections;

    DeflectionController(ArticleSearch articles, Deflections deflections) {
        this.articles = articles;
        this.deflections = deflections;
    }

    @GetMapping("/buscar/sugerencias")
    String suggestions(@RequestParam(defaultValue = "") String q, Actor actor, Model model) {
        String language = LocaleContextHolder.getLocale().getLanguage();
        var hits = articles.search(actor, q, language, ArticleFilters.none(), SUGGESTIONS);
        if (hits.isEmpty() && q.strip().contains(" ")) {
            // A whole sentence rarely matches every word: fall back to the words that matter most (the longest).
            hits = articles.search(actor, longestWords(q), language, ArticleFilters.none(), SUGGESTIONS);
        }
        model.addAttribute("suggestions", hits.stream().filter(h -> "article".equals(h.type())).toList());
        model.addAttribute("q", q.strip());
        return "search/deflection :: suggestions";
    }

    @PostMapping("/buscar/desvios")
    ResponseEntity<Void> deflected(@RequestParam long articulo, @RequestParam(required = false) String q,
            Actor actor) {
        deflections.record(actor, articulo, q, LocaleContextHolder.getLocale().getLanguage());
        return ResponseEntity.noContent().build();
    }

    /** An unknown article: the script sent something no page offered. */
    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<Void> invalid() {
        return ResponseEntity.badRequest().build();
    }

    /** The three longest words joined by OR, for a description that is a sentence rather than keywords. */
    static String longestWords(String q) {
        Set<String> seen = new java.util.LinkedHashSet<>();
        java.util.Arrays.stream(q.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(w -> w.length() >= 5).sorted((a, b) -> b.length() - a.length()).forEach(seen::add);
        return String.join(" | ", seen.stream().limit(3).toList());
    }
}
