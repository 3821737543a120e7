package io.resuelve.portal;

import java.nio.charset.StandardCharsets;

import io.resuelve.accounts.ResuelvePrincipal;
import io.resuelve.kb.ArticleFiles;
import io.resuelve.kb.KbFileContent;
import io.resuelve.storage.ContentTypeSniffer;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Images and files of articles, for whoever may read the article. Raster images (by their sniffed bytes) show
 * inline; everything else downloads, with nosniff and a sandboxing CSP so nothing runs as a page of Resuelve.
 */
@Controller
class ArticleFileController {

    private final ArticleFiles files;

    ArticleFileController(ArticleFiles files) {
        this.files = files;
    }

    @GetMapping("/ayuda/archivos/{id}")
    ResponseEntity<InputStreamResource> download(@PathVariable long id,
            @AuthenticationPrincipal ResuelvePrincipal principal) {
        KbFileContent content = files.open(id, KnowledgeBaseReaders.actor(principal));
        String type = content.file().contentType();
        ContentDisposition disposition = (ContentTypeSniffer.isSafeInlineImage(type)
                ? ContentDisposition.inline() : ContentDisposition.attachment())
                .filename(content.file().filename(), StandardCharsets.UTF_8).build();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(type))
                .contentLength(content.file().size())
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; sandbox")
                .header(HttpHeaders.CACHE_CONTROL, "private, max-age=300")
                .body(new InputStreamResource(content.content()));
    }
}
