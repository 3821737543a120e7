package io.resuelve.mail.api;

import java.io.IOException;
import java.io.InputStream;

import io.resuelve.accounts.Actor;
import io.resuelve.mail.InboundSource;
import io.resuelve.mail.IngestResult;
import io.resuelve.mail.MailIngestion;
import io.resuelve.mail.inbound.InboundMailParser;
import io.resuelve.shared.ForbiddenException;
import io.resuelve.shared.TooLargeException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Incoming mail delivered by an MTA or an inbound-mail webhook: the raw RFC 5322 message as the request body. */
@RestController
@Tag(name = "Incoming mail")
class InboundMailApiController {

    private final MailIngestion ingestion;

    InboundMailApiController(MailIngestion ingestion) {
        this.ingestion = ingestion;
    }

    @PostMapping(path = "/api/v1/inbound-mail", consumes = { "message/rfc822", "application/octet-stream",
            "text/plain" })
    @Operation(summary = "Take in one raw mail (admins' tokens); answers what became of it. Idempotent")
    ResponseEntity<IngestResult> receive(HttpServletRequest request, Actor actor) throws IOException {
        if (!actor.isAdmin()) {
            throw new ForbiddenException("error.forbidden");
        }
        byte[] raw;
        try (InputStream body = request.getInputStream()) {
            raw = body.readNBytes(InboundMailParser.MAX_MESSAGE_BYTES + 1);
        }
        if (raw.length > InboundMailParser.MAX_MESSAGE_BYTES) {
            throw new TooLargeException("error.mail.tooLarge", InboundMailParser.MAX_MESSAGE_BYTES / (1024 * 1024));
        }
        IngestResult result = ingestion.ingest(InboundSource.api(), raw);
        return ResponseEntity.status(result.duplicate() ? HttpStatus.OK : HttpStatus.ACCEPTED).body(result);
    }
}
