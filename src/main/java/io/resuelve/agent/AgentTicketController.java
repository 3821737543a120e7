package io.resuelve.agent;

import java.util.List;

import io.resuelve.accounts.Actor;
import io.resuelve.shared.DomainException;
import io.resuelve.shared.InvalidInputException;
import io.resuelve.tickets.MessageView;
import io.resuelve.tickets.NewMessage;
import io.resuelve.tickets.TicketManagement;
import io.resuelve.tickets.TicketQueries;
import io.resuelve.tickets.TicketStatus;
import io.resuelve.tickets.Upload;
import io.resuelve.web.Messages;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The agent's ticket view: thread with internal notes, history, properties, customer panel, and the reply with its
 * collision guard — a reply is not sent over a message someone else added since the page was loaded.
 */
@Controller
class AgentTicketController {

    private final TicketQueries queries;
    private final TicketManagement tickets;
    private final AgentTicketPages pages;
    private final ActionErrors errors;
    private final Messages messages;

    AgentTicketController(TicketQueries queries, TicketManagement tickets, AgentTicketPages pages,
            ActionErrors errors, Messages messages) {
        this.queries = queries;
        this.tickets = tickets;
        this.pages = pages;
        this.errors = errors;
        this.messages = messages;
    }

    @GetMapping("/agente/tickets/{number}")
    String show(@PathVariable long number, Actor actor, Model model) {
        return pages.page(number, actor, model, List.of());
    }

    /** The properties sidebar alone, for htmx to reload it when something else changed the ticket. */
    @GetMapping("/agente/tickets/{number}/propiedades")
    String properties(@PathVariable long number, Actor actor, Model model) {
        pages.properties(queries.ticket(number, actor), model);
        return "agent/ticket-properties :: properties";
    }

    @PostMapping("/agente/tickets/{number}/responder")
    String reply(@PathVariable long number, @RequestParam(defaultValue = "") String body,
            @RequestParam(defaultValue = "") String status, @RequestParam(defaultValue = "false") boolean internal,
            @RequestParam(required = false) Long lastSeenMessageId,
            @RequestParam(defaultValue = "false") boolean confirmed,
            @RequestParam(name = "archivos", required = false) List<MultipartFile> files, Actor actor, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        model.addAttribute("draft", new ReplyDraft(body, status, internal));
        if (!confirmed) {
            List<MessageView> fresh = queries.writtenByOthersSince(number, lastSeenMessageId, actor);
            if (!fresh.isEmpty()) {
                response.setStatus(HttpServletResponse.SC_CONFLICT);
                model.addAttribute("collision", true);
                return pages.page(number, actor, model, fresh);
            }
        }
        try {
            TicketStatus leaveAs = status(status);
            tickets.addMessage(number, new NewMessage(body, null, internal, leaveAs, uploads(files)), actor);
        } catch (DomainException e) {
            errors.show(e, model, response, "replyError");
            return pages.page(number, actor, model, List.of());
        }
        redirect.addFlashAttribute("flash", messages.of(internal ? "workspace.noteAdded" : "workspace.replySent"));
        return "redirect:/agente/tickets/" + number;
    }

    private static TicketStatus status(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return TicketStatus.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("status", "error.ticket.unknownStatus", name);
        }
    }

    static List<Upload> uploads(List<MultipartFile> files) {
        return files == null ? List.of()
                : files.stream().filter(f -> !f.isEmpty()).map(f -> new Upload(f.getOriginalFilename(), f)).toList();
    }
}
