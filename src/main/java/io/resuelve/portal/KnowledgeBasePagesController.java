package io.resuelve.portal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import io.resuelve.accounts.Actor;
import io.resuelve.accounts.ResuelvePrincipal;
import io.resuelve.kb.ArticleDetails;
import io.resuelve.kb.ArticleFeedback;
import io.resuelve.kb.ArticleKind;
import io.resuelve.kb.ArticleSummary;
import io.resuelve.kb.FolderView;
import io.resuelve.kb.KnowledgeBase;
import io.resuelve.kb.SavedArticles;
import io.resuelve.shared.ForbiddenException;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Seed 002 "Base de conocimientos" and "Artículo": collections per country, folders per product, articles. */
@Controller
class KnowledgeBasePagesController {

    private final KnowledgeBase knowledgeBase;
    private final ArticleFeedback feedback;
    private final SavedArticles saved;

    KnowledgeBasePagesController(KnowledgeBase knowledgeBase, ArticleFeedback feedback, SavedArticles saved) {
        this.knowledgeBase = knowledgeBase;
        this.feedback = feedback;
        this.saved = saved;
    }

    @GetMapping("/ayuda")
    String index(@AuthenticationPrincipal ResuelvePrincipal principal, Model model) {
        model.addAttribute("collections", knowledgeBase.collections(KnowledgeBaseReaders.actor(principal),
                KnowledgeBaseReaders.language()).stream().filter(c -> c.articleCount() > 0).toList());
        return "portal/kb-index";
    }

    @GetMapping("/ayuda/colecciones/{id}")
    String collection(@PathVariable long id, @AuthenticationPrincipal ResuelvePrincipal principal, Model model) {
        model.addAttribute("collection", knowledgeBase.collection(id, KnowledgeBaseReaders.actor(principal),
                KnowledgeBaseReaders.language()));
        return "portal/kb-collection";
    }

    @GetMapping("/ayuda/carpetas/{id}")
    String folder(@PathVariable long id, @AuthenticationPrincipal ResuelvePrincipal principal, Model model) {
        FolderView folder = knowledgeBase.folder(id, KnowledgeBaseReaders.actor(principal),
                KnowledgeBaseReaders.language());
        Map<ArticleKind, List<ArticleSummary>> byKind = new EnumMap<>(ArticleKind.class);
        folder.articles().forEach(a -> byKind.computeIfAbsent(a.kind(), k -> new ArrayList<>()).add(a));
        model.addAttribute("folder", folder);
        model.addAttribute("byKind", byKind);
        return "portal/kb-folder";
    }

    @GetMapping("/ayuda/articulos/{id}")
    String article(@PathVariable long id, @AuthenticationPrincipal ResuelvePrincipal principal,
            HttpServletRequest request, Model model) {
        Actor actor = KnowledgeBaseReaders.actor(principal);
        String language = KnowledgeBaseReaders.language();
        ArticleDetails article;
        try {
            article = knowledgeBase.article(id, actor, language);
        } catch (ForbiddenException e) {
            if (actor == null) {
                return "redirect:/login";
            }
            throw e;
        }
        if (KnowledgeBaseReaders.countsAsView(request)) {
            feedback.countView(id, actor);
        }
        model.addAttribute("article", article);
        model.addAttribute("fallback", article.fallback(language));
        model.addAttribute("sameFolder", knowledgeBase.sameFolder(id, actor, language, 10));
        model.addAttribute("related", knowledgeBase.related(id, actor, language, 6));
        model.addAttribute("saved", saved.isSaved(id, actor));
        model.addAttribute("answer", feedback.answer(id, actor, KnowledgeBaseReaders.existingKey(request))
                .orElse(null));
        return "portal/kb-article";
    }
}
