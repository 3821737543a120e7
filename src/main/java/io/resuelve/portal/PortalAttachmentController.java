package io.resuelve.portal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import io.resuelve.accounts.Actor;
import io.resuelve.storage.ContentTypeSniffer;
import io.resuelve.tickets.AttachmentContent;
import io.resuelve.tickets.TicketQueries;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Files of the tickets a person may see. Raster images (by their sniffed bytes) may be shown inline; everything
 * else downloads, with nosniff and a sandboxing CSP so nothing runs as a page of Resuelve.
 */
@Controller
class PortalAttachmentController {

    private final TicketQueries queries;

    PortalAttachmentController(TicketQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/adjuntos/{id}")
    ResponseEntity<InputStreamResource> download(@PathVariable long id,
            @RequestParam(name = "ver", defaultValue = "false") boolean inline, Actor actor) throws IOException {
        AttachmentContent content = queries.attachment(id, actor);
        String type = content.attachment().contentType();
        ContentDisposition disposition = (inline && ContentTypeSniffer.isSafeInlineImage(type)
                ? ContentDisposition.inline() : ContentDisposition.attachment())
                .filename(content.attachment().filename(), StandardCharsets.UTF_8).build();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(type))
                .contentLength(content.attachment().size())
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; sandbox")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(new InputStreamResource(content.content()));
    }
}
