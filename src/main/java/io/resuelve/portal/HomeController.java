package io.resuelve.portal;

import io.resuelve.accounts.Actor;
import io.resuelve.accounts.ResuelvePrincipal;
import io.resuelve.kb.ArticleKind;
import io.resuelve.kb.Banners;
import io.resuelve.kb.KnowledgeBase;
import io.resuelve.settings.SiteTexts;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Seed 002 "Inicio": the search bar, the news and incident banners, the knowledge base grouped by country, the
 * portal guides, the "Crear ticket" shortcut and how to reach the help desk.
 */
@Controller
class HomeController {

    private final SiteTexts texts;
    private final KnowledgeBase knowledgeBase;
    private final Banners banners;

    HomeController(SiteTexts texts, KnowledgeBase knowledgeBase, Banners banners) {
        this.texts = texts;
        this.knowledgeBase = knowledgeBase;
        this.banners = banners;
    }

    @GetMapping("/")
    String home(@AuthenticationPrincipal ResuelvePrincipal principal, Model model) {
        Actor actor = KnowledgeBaseReaders.actor(principal);
        String language = KnowledgeBaseReaders.language();
        model.addAttribute("contactChannels", texts.contactGuidance(LocaleContextHolder.getLocale()));
        model.addAttribute("banners", banners.showing());
        model.addAttribute("collections", knowledgeBase.collections(actor, language).stream()
                .filter(c -> c.articleCount() > 0).toList());
        model.addAttribute("guides", knowledgeBase.articles(actor, null, null, ArticleKind.PORTAL_GUIDE, language)
                .stream().filter(a -> a.published()).limit(6).toList());
        return "portal/home";
    }

    @GetMapping("/login")
    String login() {
        return "portal/login";
    }
}
