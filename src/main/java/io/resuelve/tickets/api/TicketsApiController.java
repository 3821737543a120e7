package io.resuelve.tickets.api;

import java.net.URI;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import io.resuelve.accounts.Actor;
import io.resuelve.tickets.Channel;
import io.resuelve.tickets.HistoryEntry;
import io.resuelve.tickets.MessageAdded;
import io.resuelve.tickets.NewMessage;
import io.resuelve.tickets.NewTicket;
import io.resuelve.tickets.TicketManagement;
import io.resuelve.tickets.TicketMerges;
import io.resuelve.tickets.TicketQueries;
import io.resuelve.tickets.TicketQuery;
import io.resuelve.tickets.TicketScope;
import io.resuelve.tickets.TicketSort;
import io.resuelve.tickets.TicketStatus;
import io.resuelve.tickets.TicketView;
import io.resuelve.tickets.Upload;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** REST API v1 for tickets. Names are a contract with integrations: keep them. */
@RestController
@RequestMapping("/api/v1/tickets")
@Tag(name = "Tickets")
class TicketsApiController {

    private final TicketManagement management;
    private final TicketQueries queries;
    private final TicketJsonAssembler json;
    private final TicketPatchReader patches;
    private final TicketMerges merges;

    TicketsApiController(TicketManagement management, TicketQueries queries, TicketJsonAssembler json,
            TicketPatchReader patches, TicketMerges merges) {
        this.management = management;
        this.merges = merges;
        this.queries = queries;
        this.json = json;
        this.patches = patches;
    }

    @PostMapping
    @Operation(summary = "File a ticket: customers for themselves, agents for any requester by e-mail")
    ResponseEntity<TicketJson> create(@RequestBody Requests.CreateTicket body, Actor actor) {
        TicketView ticket = management.file(new NewTicket(body.subject(), body.description(), body.type(),
                body.priority(), Channel.API, body.requesterEmail(), body.cc(), body.brandId(), body.productId(),
                body.country(), body.taxId(), body.companyName(), body.contactPhone(),
                CustomFieldsReader.read(body.customFields())), actor);
        return ResponseEntity.created(URI.create("/api/v1/tickets/" + ticket.number()))
                .body(json.ticket(ticket, actor));
    }

    @GetMapping
    @Operation(summary = "Tickets in the caller's scope, newest first; pass the returned 'next' as 'after'")
    PageJson list(@RequestParam(required = false) String status,
            @RequestParam(required = false) String requester,
            @RequestParam(required = false) Long organizationId, @RequestParam(required = false) Long assignee,
            @RequestParam(required = false) Long groupId, @RequestParam(required = false) Instant updatedSince,
            @RequestParam(required = false) Long after, @RequestParam(defaultValue = "50") int limit, Actor actor) {
        var page = queries.list(new TicketQuery(statuses(status), requester, organizationId, assignee, groupId,
                updatedSince, null, null, null, TicketScope.ALL, TicketSort.NEWEST,
                after == null ? null : after.toString(), limit), actor);
        return new PageJson(json.tickets(page.items(), actor), page.next() == null ? null : Long.valueOf(page.next()));
    }

    @GetMapping("/{number}")
    TicketJson get(@PathVariable long number, Actor actor) {
        return json.ticket(queries.ticket(number, actor), actor)
                .withAttachments(TicketJsonAssembler.files(queries.descriptionAttachments(number, actor)));
    }

    @PatchMapping("/{number}")
    @Operation(summary = "Change fields within the caller's allow-list (any other field refuses the request, 403) "
            + "and customFields as the request type allows")
    TicketJson patch(@PathVariable long number, @RequestBody JsonNode body, Actor actor) {
        // customFields (keyed by field key; null or [] clears one) change in the same transaction as the rest.
        JsonNode custom = body != null && body.isObject() ? ((ObjectNode) body).remove("customFields") : null;
        return json.ticket(management.edit(number, patches.read(body), CustomFieldsReader.read(custom), actor),
                actor);
    }

    @GetMapping("/{number}/messages")
    @Operation(summary = "The thread; customers never receive internal notes")
    List<MessageJson> messages(@PathVariable long number, Actor actor) {
        return json.messages(queries.messages(number, actor));
    }

    @PostMapping("/{number}/messages")
    @Operation(summary = "Reply or add an internal note; 'status' (agents only) is the status the reply leaves")
    ResponseEntity<MessageAddedJson> addMessage(@PathVariable long number, @RequestBody Requests.AddMessage body,
            Actor actor) {
        return created(management.addMessage(number, new NewMessage(body.body(), null,
                Boolean.TRUE.equals(body.internal()), body.status(), List.of()), actor));
    }

    @PostMapping(path = "/{number}/attachments", consumes = "multipart/form-data")
    @Operation(summary = "Add files (parts named 'file') as a message, with an optional 'body' and 'internal'")
    ResponseEntity<MessageAddedJson> attach(@PathVariable long number,
            @RequestParam("file") List<MultipartFile> files, @RequestParam(required = false) String body,
            @RequestParam(defaultValue = "false") boolean internal, Actor actor) {
        List<Upload> uploads = files.stream().map(f -> new Upload(f.getOriginalFilename(), f)).toList();
        return created(management.addMessage(number, new NewMessage(body, null, internal, null, uploads), actor));
    }

    @PostMapping("/{number}/resolve")
    TicketJson resolve(@PathVariable long number, Actor actor) {
        return json.ticket(management.resolve(number, actor), actor);
    }

    @PostMapping("/{number}/confirmation")
    @Operation(summary = "The customer's answer to '¿Se ha resuelto su problema?': Sí or No del todo (+ comment)")
    TicketJson confirm(@PathVariable long number, @RequestBody Requests.Confirmation body, Actor actor) {
        if (body.solved() == null) {
            throw new io.resuelve.shared.InvalidInputException("solved", "error.field.required", "solved");
        }
        return json.ticket(management.confirm(number, body.solved(), body.comment(), actor), actor);
    }

    @PostMapping("/{number}/close")
    TicketJson close(@PathVariable long number, Actor actor) {
        return json.ticket(management.close(number, actor), actor);
    }

    @PostMapping("/{number}/reopen")
    TicketJson reopen(@PathVariable long number, Actor actor) {
        return json.ticket(management.reopen(number, actor), actor);
    }

    @PostMapping("/{number}/reject")
    TicketJson reject(@PathVariable long number, @RequestBody Requests.Rejection body, Actor actor) {
        return json.ticket(management.reject(number, body.reason(), actor), actor);
    }

    /** Agents: merges this ticket into {@code into}; answers the target ticket. */
    @PostMapping("/{number}/merge")
    TicketJson merge(@PathVariable long number, @RequestBody Requests.Merge body, Actor actor) {
        return json.ticket(merges.merge(number, body.into(), !Boolean.FALSE.equals(body.notifyRequesters()), actor),
                actor);
    }

    @PostMapping("/{number}/return-to-requester")
    TicketJson returnToRequester(@PathVariable long number, @RequestBody Requests.ReturnToRequester body,
            Actor actor) {
        return json.ticket(management.returnToRequester(number, body.missing(), body.message(), actor), actor);
    }

    @GetMapping("/{number}/history")
    @Operation(summary = "Every status and field change (agents)")
    List<HistoryEntry> history(@PathVariable long number, Actor actor) {
        return queries.history(number, actor);
    }

    private ResponseEntity<MessageAddedJson> created(MessageAdded added) {
        return ResponseEntity.status(HttpStatus.CREATED)
                .location(URI.create("/api/v1/tickets/" + added.ticketNumber() + "/messages"))
                .body(new MessageAddedJson(added.ticketNumber(), added.followUp(), json.message(added.message())));
    }

    /** A page of tickets; pass {@code next} as {@code after} for the following page (null on the last). */
    record PageJson(List<TicketJson> items, Long next) {
    }

    /** The message added; {@code followUp} is true when writing on a closed ticket opened a new one. */
    record MessageAddedJson(long ticketNumber, boolean followUp, MessageJson message) {
    }

    private static Set<TicketStatus> statuses(String status) {
        if (status == null || status.isBlank()) {
            return Set.of();
        }
        try {
            return Arrays.stream(status.split(",")).map(String::trim).map(TicketStatus::valueOf)
                    .collect(Collectors.toSet());
        } catch (IllegalArgumentException e) {
            throw new io.resuelve.shared.InvalidInputException("status", "error.ticket.unknownStatus", status);
        }
    }
}
