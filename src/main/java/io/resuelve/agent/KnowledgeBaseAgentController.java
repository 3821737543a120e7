package io.resuelve.agent;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import io.resuelve.accounts.AccountManagement;
import io.resuelve.accounts.Actor;
import io.resuelve.kb.ArticleAuthoring;
import io.resuelve.kb.ArticleDetails;
import io.resuelve.kb.ArticleFeedback;
import io.resuelve.kb.ArticleFiles;
import io.resuelve.kb.ArticleKind;
import io.resuelve.kb.ArticleSummary;
import io.resuelve.kb.ArticleVisibility;
import io.resuelve.kb.KbFileView;
import io.resuelve.kb.KnowledgeBase;
import io.resuelve.kb.RatingTally;
import io.resuelve.shared.DomainException;
import io.resuelve.web.Messages;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Authoring the knowledge base: the article list with ratings, the Markdown editor with live preview, files. */
@Controller
class KnowledgeBaseAgentController {

    private static final List<String> LANGUAGES = List.of("es", "en", "pt");

    private final KnowledgeBase knowledgeBase;
    private final ArticleAuthoring authoring;
    private final ArticleFeedback feedback;
    private final ArticleFiles files;
    private final AccountManagement accounts;
    private final Messages messages;

    KnowledgeBaseAgentController(KnowledgeBase knowledgeBase, ArticleAuthoring authoring, ArticleFeedback feedback,
            ArticleFiles files, AccountManagement accounts, Messages messages) {
        this.knowledgeBase = knowledgeBase;
        this.authoring = authoring;
        this.feedback = feedback;
        this.files = files;
        this.accounts = accounts;
        this.messages = messages;
    }

    @GetMapping("/agente/base-conocimiento")
    String list(@RequestParam(required = false) Long carpeta, @RequestParam(required = false) ArticleKind tipo,
            @RequestParam(defaultValue = "") String estado, Actor actor, Model model) {
        List<ArticleSummary> articles = knowledgeBase.articles(actor, null, carpeta, tipo, "es").stream()
                .filter(a -> estado.isEmpty() || (estado.equals("borrador") != a.published()))
                .toList();
        Map<Long, RatingTally> tallies = feedback.tallies(actor);
        model.addAttribute("articles", articles);
        model.addAttribute("tallies", tallies);
        model.addAttribute("none", RatingTally.NONE);
        model.addAttribute("folders", knowledgeBase.allFolders());
        model.addAttribute("kinds", ArticleKind.values());
        model.addAttribute("carpeta", carpeta);
        model.addAttribute("tipo", tipo);
        model.addAttribute("estado", estado);
        return "agent/kb-articles";
    }

    @GetMapping("/agente/base-conocimiento/nuevo")
    String create(@RequestParam(required = false) Long carpeta, Model model) {
        return form(ArticleForm.blank(carpeta), null, null, model);
    }

    @PostMapping("/agente/base-conocimiento")
    String create(@ModelAttribute ArticleForm form, Actor actor, Model model, RedirectAttributes redirect) {
        try {
            long id = authoring.create(form.input(), actor);
            redirect.addFlashAttribute("flash", messages.of("kb.editor.created"));
            return "redirect:/agente/base-conocimiento/" + id + "?idioma=" + form.language();
        } catch (DomainException e) {
            model.addAttribute("error", messages.of(e));
            return form(form, null, null, model);
        }
    }

    @GetMapping("/agente/base-conocimiento/{id}")
    String edit(@PathVariable long id, @RequestParam(required = false) String idioma, Actor actor, Model model) {
        ArticleDetails article = knowledgeBase.article(id, actor, idioma == null ? "es" : idioma);
        String language = LANGUAGES.contains(idioma) ? idioma : article.defaultLanguage();
        model.addAttribute("uploads", files.files(id, actor));
        return form(ArticleForm.of(knowledgeBase.article(id, actor, language), language), article, actor, model);
    }

    @PostMapping("/agente/base-conocimiento/{id}")
    String update(@PathVariable long id, @ModelAttribute ArticleForm form, Actor actor, Model model,
            RedirectAttributes redirect) {
        try {
            authoring.update(id, form.input(), actor);
            redirect.addFlashAttribute("flash", messages.of("kb.editor.saved"));
            return "redirect:/agente/base-conocimiento/" + id + "?idioma=" + form.language();
        } catch (DomainException e) {
            model.addAttribute("error", messages.of(e));
            model.addAttribute("uploads", files.files(id, actor));
            return form(form, knowledgeBase.article(id, actor, form.language()), actor, model);
        }
    }

    @PostMapping("/agente/base-conocimiento/vista-previa")
    String preview(@RequestParam(defaultValue = "") String body, Model model) {
        model.addAttribute("html", knowledgeBase.preview(body));
        return "agent/kb-editor :: preview";
    }

    @PostMapping("/agente/base-conocimiento/{id}/archivos")
    String upload(@PathVariable long id, @RequestParam("archivo") MultipartFile file,
            @RequestParam(defaultValue = "es") String idioma, Actor actor, RedirectAttributes redirect) {
        try (InputStream in = file.getInputStream()) {
            KbFileView stored = files.upload(id, file.getOriginalFilename(), in, actor);
            redirect.addFlashAttribute("flash", messages.of("kb.editor.uploaded", stored.markdown()));
        } catch (DomainException e) {
            redirect.addFlashAttribute("uploadError", messages.of(e));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "redirect:/agente/base-conocimiento/" + id + "?idioma=" + idioma + "#article-files";
    }

    @PostMapping("/agente/base-conocimiento/{id}/eliminar")
    String delete(@PathVariable long id, Actor actor, RedirectAttributes redirect) {
        authoring.delete(id, actor);
        redirect.addFlashAttribute("flash", messages.of("kb.editor.deleted"));
        return "redirect:/agente/base-conocimiento";
    }

    private String form(ArticleForm form, ArticleDetails article, Actor actor, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("article", article);
        model.addAttribute("html", knowledgeBase.preview(form.body()));
        model.addAttribute("folders", knowledgeBase.allFolders());
        model.addAttribute("kinds", ArticleKind.values());
        model.addAttribute("visibilities", ArticleVisibility.values());
        model.addAttribute("languages", LANGUAGES);
        model.addAttribute("organisations", accounts.organisations());
        if (!model.containsAttribute("uploads")) {
            model.addAttribute("uploads", List.of());
        }
        return "agent/kb-editor";
    }
}
