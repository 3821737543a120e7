package io.resuelve.tickets.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import io.resuelve.accounts.Actor;
import io.resuelve.tickets.AttachmentContent;
import io.resuelve.tickets.TicketQueries;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Downloads. Served with the type sniffed at upload, as an attachment, with nosniff and a sandboxing CSP, so a
 * file can never run as a page of Resuelve.
 */
@RestController
@Tag(name = "Tickets")
class AttachmentsApiController {

    private final TicketQueries queries;

    AttachmentsApiController(TicketQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/api/v1/attachments/{id}")
    ResponseEntity<InputStreamResource> download(@PathVariable long id, Actor actor) throws IOException {
        AttachmentContent content = queries.attachment(id, actor);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(content.attachment().contentType()))
                .contentLength(content.attachment().size())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(content.attachment().filename(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; sandbox")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(new InputStreamResource(content.content()));
    }
}
