package io.resuelve.portal;

import io.resuelve.accounts.Actor;
import io.resuelve.accounts.ResuelvePrincipal;
import io.resuelve.kb.ArticleFeedback;
import io.resuelve.kb.ReaderAnswer;
import io.resuelve.shared.InvalidInputException;
import io.resuelve.web.Messages;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "¿Le fue útil este artículo?" Sí / No, and the comment after a "no". With htmx the feedback box is swapped in
 * place; without JavaScript the page reloads at the box.
 */
@Controller
class ArticleFeedbackController {

    private final ArticleFeedback feedback;
    private final Messages messages;

    ArticleFeedbackController(ArticleFeedback feedback, Messages messages) {
        this.feedback = feedback;
        this.messages = messages;
    }

    @PostMapping("/ayuda/articulos/{id}/valoracion")
    String rate(@PathVariable long id, @RequestParam(defaultValue = "") String util,
            @AuthenticationPrincipal ResuelvePrincipal principal, HttpServletRequest request,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        Actor actor = KnowledgeBaseReaders.actor(principal);
        String key = KnowledgeBaseReaders.key(request);
        feedback.rate(id, "si".equals(util), actor, key, KnowledgeBaseReaders.language());
        return answer(id, actor, key, htmx, model);
    }

    @PostMapping("/ayuda/articulos/{id}/comentario")
    String comment(@PathVariable long id, @RequestParam(defaultValue = "") String comentario,
            @AuthenticationPrincipal ResuelvePrincipal principal, HttpServletRequest request,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        Actor actor = KnowledgeBaseReaders.actor(principal);
        String key = KnowledgeBaseReaders.key(request);
        try {
            feedback.comment(id, comentario, actor, key, KnowledgeBaseReaders.language());
        } catch (InvalidInputException e) {
            model.addAttribute("commentError", messages.of(e));
            model.addAttribute("comment", comentario);
        }
        return answer(id, actor, key, htmx, model);
    }

    private String answer(long id, Actor actor, String key, String htmx, Model model) {
        if (htmx == null && !model.containsAttribute("commentError")) {
            return "redirect:/ayuda/articulos/" + id + "#article-feedback";
        }
        ReaderAnswer answer = feedback.answer(id, actor, key).orElse(null);
        model.addAttribute("articleId", id);
        model.addAttribute("answer", answer);
        return htmx == null ? "portal/kb-feedback-page" : "portal/kb-fragments :: feedback";
    }
}
