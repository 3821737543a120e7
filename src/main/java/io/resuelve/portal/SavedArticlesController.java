package io.resuelve.portal;

import io.resuelve.accounts.Actor;
import io.resuelve.kb.SavedArticles;
import io.resuelve.web.Messages;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Seed 000: signed-in people save articles they use often and find them in "Mis artículos guardados". */
@Controller
class SavedArticlesController {

    private final SavedArticles saved;
    private final Messages messages;

    SavedArticlesController(SavedArticles saved, Messages messages) {
        this.saved = saved;
        this.messages = messages;
    }

    @GetMapping("/articulos-guardados")
    String list(Actor actor, Model model) {
        model.addAttribute("articles", saved.list(actor, KnowledgeBaseReaders.language()));
        return "portal/kb-saved";
    }

    @PostMapping("/articulos-guardados/{id}")
    String save(@PathVariable long id, Actor actor,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
            RedirectAttributes redirect) {
        saved.save(id, actor);
        return answer(id, true, htmx, model, redirect, "kb.saved.added");
    }

    @PostMapping("/articulos-guardados/{id}/quitar")
    String unsave(@PathVariable long id, @RequestParam(required = false) String origen, Actor actor,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
            RedirectAttributes redirect) {
        saved.unsave(id, actor);
        if ("lista".equals(origen)) {
            redirect.addFlashAttribute("flash", messages.of("kb.saved.removed"));
            return "redirect:/articulos-guardados";
        }
        return answer(id, false, htmx, model, redirect, "kb.saved.removed");
    }

    private String answer(long id, boolean isSaved, String htmx, Model model, RedirectAttributes redirect,
            String flashKey) {
        if (htmx == null) {
            redirect.addFlashAttribute("flash", messages.of(flashKey));
            return "redirect:/ayuda/articulos/" + id;
        }
        model.addAttribute("articleId", id);
        model.addAttribute("saved", isSaved);
        model.addAttribute("announce", messages.of(flashKey));
        return "portal/kb-fragments :: save";
    }
}
