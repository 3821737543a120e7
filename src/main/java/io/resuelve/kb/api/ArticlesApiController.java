package io.resuelve.kb.api;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import io.resuelve.accounts.Actor;
import io.resuelve.accounts.ResuelvePrincipal;
import io.resuelve.kb.ArticleAuthoring;
import io.resuelve.kb.ArticleDetails;
import io.resuelve.kb.ArticleInput;
import io.resuelve.kb.ArticleKind;
import io.resuelve.kb.ArticleSummary;
import io.resuelve.kb.ArticleVisibility;
import io.resuelve.kb.KnowledgeBase;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Knowledge-base articles. Reading needs no account for public articles; each caller sees only what they may
 * read. Writing is for staff. The body is Markdown; {@code html} in answers is the rendered, sanitized text.
 */
@RestController
@Tag(name = "Knowledge base")
class ArticlesApiController {

    private final KnowledgeBase knowledgeBase;
    private final ArticleAuthoring authoring;

    ArticlesApiController(KnowledgeBase knowledgeBase, ArticleAuthoring authoring) {
        this.knowledgeBase = knowledgeBase;
        this.authoring = authoring;
    }

    record ArticleJson(Long id, String title, String language, ArticleKind kind, ArticleVisibility visibility,
            boolean published, Long folderId, String folderName, Long collectionId, String collectionName,
            Instant updatedAt, long viewCount, String url) {

        static ArticleJson of(ArticleSummary a) {
            return new ArticleJson(a.id(), a.title(), a.language(), a.kind(), a.visibility(), a.published(),
                    a.folderId(), a.folderName(), a.collectionId(), a.collectionName(), a.updatedAt(), a.viewCount(),
                    a.url());
        }
    }

    record ArticleDetailJson(Long id, String title, String language, String body, String html, ArticleKind kind,
            ArticleVisibility visibility, boolean published, String defaultLanguage, List<String> languages,
            Set<String> tags, Set<Long> organisationIds, List<Long> relatedIds, Long folderId, String folderName,
            Long collectionId, String collectionName, Instant updatedAt, long viewCount, String url) {

        static ArticleDetailJson of(ArticleDetails a) {
            return new ArticleDetailJson(a.id(), a.title(), a.language(), a.markdown(), a.html(), a.kind(),
                    a.visibility(), a.published(), a.defaultLanguage(), a.languages(), a.tags(),
                    a.organisationIds(), a.relatedIds(), a.folderId(), a.folderName(), a.collectionId(),
                    a.collectionName(), a.updatedAt(), a.viewCount(), "/ayuda/articulos/" + a.id());
        }
    }

    record ArticleBody(String title, String body, ArticleKind kind, String language, Long folderId,
            Boolean published, ArticleVisibility visibility, Set<Long> organisationIds, Set<String> tags,
            List<Long> relatedIds, String summary) {

        ArticleInput input() {
            return new ArticleInput(title, body, kind, language, folderId, published, visibility, organisationIds,
                    tags, relatedIds, summary);
        }
    }

    @GetMapping("/api/v1/articles")
    @Operation(summary = "Articles the caller may read, newest first; drafts only for staff")
    List<ArticleJson> list(@RequestParam(required = false) Long collection,
            @RequestParam(required = false) Long folder, @RequestParam(required = false) ArticleKind kind,
            @RequestParam(defaultValue = "es") String lang, @AuthenticationPrincipal ResuelvePrincipal principal) {
        return knowledgeBase.articles(actor(principal), collection, folder, kind, lang).stream()
                .map(ArticleJson::of).toList();
    }

    @GetMapping("/api/v1/articles/{id}")
    @Operation(summary = "One article in the wanted language, or its default language when not translated")
    ArticleDetailJson article(@PathVariable long id, @RequestParam(defaultValue = "es") String lang,
            @AuthenticationPrincipal ResuelvePrincipal principal) {
        return ArticleDetailJson.of(knowledgeBase.article(id, actor(principal), lang));
    }

    @PostMapping("/api/v1/articles")
    @Operation(summary = "Create an article (staff); without folderId it goes to the default folder")
    ResponseEntity<ArticleDetailJson> create(@RequestBody ArticleBody body, Actor actor) {
        long id = authoring.create(body.input(), actor);
        ArticleDetails created = knowledgeBase.article(id, actor, body.language());
        return ResponseEntity.status(HttpStatus.CREATED).location(URI.create("/api/v1/articles/" + id))
                .body(ArticleDetailJson.of(created));
    }

    @PutMapping("/api/v1/articles/{id}")
    @Operation(summary = "Change an article and the translation in 'language' (staff); null fields are kept")
    ArticleDetailJson update(@PathVariable long id, @RequestBody ArticleBody body, Actor actor) {
        authoring.update(id, body.input(), actor);
        return ArticleDetailJson.of(knowledgeBase.article(id, actor, body.language()));
    }

    private static Actor actor(ResuelvePrincipal principal) {
        return principal == null ? null : principal.actor();
    }
}
