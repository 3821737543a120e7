package io.resuelve.agent;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.resuelve.kb.ArticleDetails;
import io.resuelve.kb.ArticleInput;
import io.resuelve.kb.ArticleKind;
import io.resuelve.kb.ArticleVisibility;

/** The article editor's fields as posted; tags and related ids travel as comma-separated text. */
record ArticleForm(String title, String body, ArticleKind kind, String language, Long folderId, boolean published,
        ArticleVisibility visibility, List<Long> organisationIds, String tags, String related, String summary) {

    static ArticleForm blank(Long folderId) {
        return new ArticleForm("", "", ArticleKind.SELF_HELP, "es", folderId, false, ArticleVisibility.PUBLIC,
                List.of(), "", "", "");
    }

    /** The editor for one translation; a missing translation starts from the default one's text. */
    static ArticleForm of(ArticleDetails article, String language) {
        boolean translated = article.languages().contains(language);
        return new ArticleForm(translated ? article.title() : "", translated ? article.markdown() : "",
                article.kind(), language, article.folderId(), article.published(), article.visibility(),
                List.copyOf(article.organisationIds()), String.join(", ", article.tags()),
                String.join(", ", article.relatedIds().stream().map(String::valueOf).toList()), "");
    }

    ArticleInput input() {
        return new ArticleInput(title, body, kind, language, folderId, published, visibility,
                organisationIds == null ? Set.of() : Set.copyOf(organisationIds), words(tags),
                ids(related), summary);
    }

    boolean organisation(Long id) {
        return organisationIds != null && organisationIds.contains(id);
    }

    private static Set<String> words(String text) {
        Set<String> words = new LinkedHashSet<>();
        if (text != null) {
            Arrays.stream(text.split(",")).map(String::strip).filter(w -> !w.isEmpty()).forEach(words::add);
        }
        return words;
    }

    private static List<Long> ids(String text) {
        return words(text).stream().map(w -> w.replaceAll("\\D", "")).filter(w -> !w.isEmpty() && w.length() < 18)
                .map(Long::valueOf).distinct().toList();
    }
}
