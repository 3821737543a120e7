package io.resuelve.agent;

import java.util.List;

import io.resuelve.accounts.Actor;
import io.resuelve.kb.ArticleAuthoring;
import io.resuelve.kb.ArticleFeedback;
import io.resuelve.kb.FeedbackView;
import io.resuelve.kb.KnowledgeBase;
import io.resuelve.kb.RatingTally;
import io.resuelve.kb.VersionView;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** An article's version history (who, when, what) and what readers answered and commented. */
@Controller
class KnowledgeBaseHistoryController {

    private final KnowledgeBase knowledgeBase;
    private final ArticleAuthoring authoring;
    private final ArticleFeedback feedback;

    KnowledgeBaseHistoryController(KnowledgeBase knowledgeBase, ArticleAuthoring authoring,
            ArticleFeedback feedback) {
        this.knowledgeBase = knowledgeBase;
        this.authoring = authoring;
        this.feedback = feedback;
    }

    @GetMapping("/agente/base-conocimiento/{id}/versiones")
    String versions(@PathVariable long id, Actor actor, Model model) {
        model.addAttribute("article", knowledgeBase.article(id, actor, "es"));
        model.addAttribute("versions", authoring.versions(id, actor));
        return "agent/kb-versions";
    }

    @GetMapping("/agente/base-conocimiento/{id}/versiones/{versionId}")
    String version(@PathVariable long id, @PathVariable long versionId, Actor actor, Model model) {
        List<VersionView> pair = authoring.versionWithPrevious(id, versionId, actor);
        VersionView version = pair.get(0);
        VersionView previous = pair.size() > 1 ? pair.get(1) : null;
        model.addAttribute("article", knowledgeBase.article(id, actor, version.language()));
        model.addAttribute("version", version);
        model.addAttribute("previous", previous);
        model.addAttribute("titleChanged", previous != null && !previous.title().equals(version.title()));
        model.addAttribute("lines", LineDiff.between(previous == null ? "" : previous.body(), version.body()));
        return "agent/kb-version";
    }

    @GetMapping("/agente/base-conocimiento/{id}/comentarios")
    String feedback(@PathVariable long id, Actor actor, Model model) {
        List<FeedbackView> answers = feedback.feedback(id, actor);
        model.addAttribute("article", knowledgeBase.article(id, actor, "es"));
        model.addAttribute("tally", feedback.tallies(actor).getOrDefault(id, RatingTally.NONE));
        model.addAttribute("comments", answers.stream().filter(a -> a.comment() != null).toList());
        return "agent/kb-feedback";
    }
}
