package io.resuelve.agent;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import io.resuelve.accounts.Actor;
import io.resuelve.shared.DomainException;
import io.resuelve.shared.InvalidInputException;
import io.resuelve.tickets.Priority;
import io.resuelve.tickets.TicketEdit;
import io.resuelve.tickets.TicketField;
import io.resuelve.tickets.TicketManagement;
import io.resuelve.tickets.TicketQueries;
import io.resuelve.web.Messages;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The agent's actions on a ticket other than replying: triage (seed 003: "El proveedor realizará un diagnóstico del
 * caso … y le asignará la clasificación, prioridad y recurso que lo atenderá"), tags, people in copy, "Devolver al
 * solicitante", "Rechazar", resolve and reopen. Each calls one TicketManagement method and redirects back with a
 * message; a refusal shows the view again with what the agent wrote and the right status code.
 */
@Controller
@RequestMapping("/agente/tickets/{number}")
class AgentTicketActionsController {

    private final TicketManagement tickets;
    private final TicketQueries queries;
    private final AgentTicketPages pages;
    private final ActionErrors errors;
    private final Messages messages;

    AgentTicketActionsController(TicketManagement tickets, TicketQueries queries, AgentTicketPages pages,
            ActionErrors errors, Messages messages) {
        this.tickets = tickets;
        this.queries = queries;
        this.pages = pages;
        this.errors = errors;
        this.messages = messages;
    }

    @PostMapping("/propiedades")
    String triage(@PathVariable long number, @RequestParam(defaultValue = "") String type,
            @RequestParam(defaultValue = "NORMAL") String priority, @RequestParam(required = false) Long productId,
            @RequestParam(required = false) Long assigneeId, @RequestParam(required = false) Long groupId,
            Actor actor, Model model, HttpServletResponse response, RedirectAttributes redirect,
            @RequestHeader(name = "HX-Request", defaultValue = "false") boolean htmx) {
        return sidebar(htmx, number, actor, model, response, redirect, "workspace.propertiesSaved", () -> {
            TicketEdit edit = new TicketEdit().set(TicketField.TYPE, type).set(TicketField.PRIORITY, priority(priority))
                    .set(TicketField.PRODUCT, productId).set(TicketField.ASSIGNEE, assigneeId)
                    .set(TicketField.GROUP, groupId);
            tickets.edit(number, edit, actor);
        });
    }

    @PostMapping("/asignarme")
    String assignToMe(@PathVariable long number, Actor actor, Model model, HttpServletResponse response,
            RedirectAttributes redirect,
            @RequestHeader(name = "HX-Request", defaultValue = "false") boolean htmx) {
        return sidebar(htmx, number, actor, model, response, redirect, "workspace.assignedToYou",
                () -> tickets.edit(number, new TicketEdit().set(TicketField.ASSIGNEE, actor.userId()), actor));
    }

    @PostMapping("/etiquetas")
    String addTags(@PathVariable long number, @RequestParam(defaultValue = "") String etiquetas, Actor actor,
            Model model, HttpServletResponse response, RedirectAttributes redirect,
            @RequestHeader(name = "HX-Request", defaultValue = "false") boolean htmx) {
        model.addAttribute("tagDraft", etiquetas);
        return sidebar(htmx, number, actor, model, response, redirect, "workspace.tagsSaved", () -> {
            Set<String> tags = new TreeSet<>(queries.ticket(number, actor).tags());
            Arrays.stream(etiquetas.split("[,;\\s]+")).filter(t -> !t.isBlank()).forEach(tags::add);
            tickets.edit(number, new TicketEdit().set(TicketField.TAGS, tags), actor);
        });
    }

    @PostMapping("/etiquetas/quitar")
    String removeTag(@PathVariable long number, @RequestParam String etiqueta, Actor actor, Model model,
            HttpServletResponse response, RedirectAttributes redirect,
            @RequestHeader(name = "HX-Request", defaultValue = "false") boolean htmx) {
        return sidebar(htmx, number, actor, model, response, redirect, "workspace.tagsSaved", () -> {
            Set<String> tags = new TreeSet<>(queries.ticket(number, actor).tags());
            tags.remove(etiqueta);
            tickets.edit(number, new TicketEdit().set(TicketField.TAGS, tags), actor);
        });
    }

    @PostMapping("/personas")
    String addPeople(@PathVariable long number, @RequestParam(defaultValue = "") String correos, Actor actor,
            Model model, HttpServletResponse response, RedirectAttributes redirect,
            @RequestHeader(name = "HX-Request", defaultValue = "false") boolean htmx) {
        List<String> emails = Arrays.stream(correos.split("[,;\\s]+")).filter(s -> !s.isBlank()).toList();
        model.addAttribute("ccDraft", correos);
        return sidebar(htmx, number, actor, model, response, redirect, "workspace.peopleAdded",
                () -> tickets.addPeople(number, emails, actor));
    }

    @PostMapping("/personas/quitar")
    String removePerson(@PathVariable long number, @RequestParam long persona, Actor actor, Model model,
            HttpServletResponse response, RedirectAttributes redirect,
            @RequestHeader(name = "HX-Request", defaultValue = "false") boolean htmx) {
        return sidebar(htmx, number, actor, model, response, redirect, "workspace.personRemoved",
                () -> tickets.removePeople(number, List.of(persona), actor));
    }

    @PostMapping("/devolver")
    String returnToRequester(@PathVariable long number,
            @RequestParam(name = "faltantes", required = false) List<String> missing,
            @RequestParam(defaultValue = "") String mensaje, Actor actor, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        model.addAttribute("returnDraft", new ReturnDraft(missing == null ? List.of() : missing, mensaje));
        return act(number, actor, model, response, redirect, "workspace.returned",
                () -> tickets.returnToRequester(number, missing, mensaje, actor));
    }

    @PostMapping("/rechazar")
    String reject(@PathVariable long number, @RequestParam(defaultValue = "") String motivo,
            @RequestParam(defaultValue = "false") boolean confirmado, Actor actor, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        model.addAttribute("rejectDraft", motivo);
        return act(number, actor, model, response, redirect, "workspace.rejected", () -> {
            if (!confirmado) {
                throw new InvalidInputException("confirmado", "workspace.reject.confirmRequired");
            }
            tickets.reject(number, motivo, actor);
        });
    }

    @PostMapping("/resolver")
    String resolve(@PathVariable long number, Actor actor, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        return act(number, actor, model, response, redirect, "workspace.resolved",
                () -> tickets.resolve(number, actor));
    }

    @PostMapping("/reabrir")
    String reopen(@PathVariable long number, Actor actor, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        return act(number, actor, model, response, redirect, "workspace.reopened",
                () -> tickets.reopen(number, actor));
    }

    /**
     * The sidebar's forms: with htmx the answer is the sidebar alone (and the header's status badge), so a reply
     * being written is not lost; without JavaScript, the usual redirect.
     */
    private String sidebar(boolean htmx, long number, Actor actor, Model model, HttpServletResponse response,
            RedirectAttributes redirect, String doneKey, Runnable action) {
        if (!htmx) {
            return act(number, actor, model, response, redirect, doneKey, action);
        }
        try {
            action.run();
            model.addAttribute("propertiesFlash", messages.of(doneKey));
        } catch (DomainException e) {
            errors.show(e, model, response, "propertiesError");
        }
        pages.properties(queries.ticket(number, actor), model);
        return "agent/ticket-properties :: updated";
    }

    private String act(long number, Actor actor, Model model, HttpServletResponse response,
            RedirectAttributes redirect, String doneKey, Runnable action) {
        try {
            action.run();
        } catch (DomainException e) {
            errors.show(e, model, response);
            return pages.page(number, actor, model, List.of());
        }
        redirect.addFlashAttribute("flash", messages.of(doneKey));
        return "redirect:/agente/tickets/" + number;
    }

    private static Priority priority(String name) {
        try {
            return Priority.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("priority", "workspace.error.priority", name);
        }
    }

    /** The "Devolver al solicitante" form as the agent left it. */
    public record ReturnDraft(List<String> missing, String message) {
    }
}
