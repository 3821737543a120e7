package io.resuelve.search.web;

import io.resuelve.search.Reindexing;
import io.resuelve.search.SearchProperties;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;

/** Admins: the search back-end in use and a reindex whose progress the page polls (htmx). */
@Controller
class ReindexAdminController {

    private final Reindexing reindexing;
    private final SearchProperties properties;
    private final java.time.Clock clock;

    ReindexAdminController(Reindexing reindexing, SearchProperties properties, java.time.Clock clock) {
        this.reindexing = reindexing;
        this.properties = properties;
        this.clock = clock;
    }

    @GetMapping("/admin/busqueda")
    String page(Model model) {
        model.addAttribute("backend", properties.backend().name().toLowerCase(java.util.Locale.ROOT));
        model.addAttribute("location", properties.backend() == SearchProperties.Backend.LUCENE
                ? properties.directory().toAbsolutePath().toString() : String.join(", ", properties.uris()));
        progress(model);
        return "search/admin";
    }

    @PostMapping("/admin/busqueda/reindexar")
    String reindex(@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        model.addAttribute("alreadyRunning", !reindexing.start());
        if (htmx == null) {
            return "redirect:/admin/busqueda";
        }
        progress(model);
        return "search/admin :: progress";
    }

    @GetMapping("/admin/busqueda/progreso")
    String progress(Model model) {
        Reindexing.Progress progress = reindexing.progress();
        model.addAttribute("progress", progress);
        model.addAttribute("rate", progress.rate(clock.instant()));
        return "search/admin :: progress";
    }
}
