package io.resuelve.agent;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.resuelve.accounts.Actor;
import io.resuelve.shared.DomainException;
import io.resuelve.shared.InvalidInputException;
import io.resuelve.tickets.TicketManagement;
import io.resuelve.web.Messages;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The request type's panel of the agent's ticket view: moving the ticket to another section (seed 001: the
 * specialist "traducirá él mismo la solicitud a la sección deseada") and changing its custom values. A refused change
 * shows the page again with what the agent typed.
 */
@Controller
class AgentTicketFieldsController {

    private final TicketManagement tickets;
    private final AgentTicketPages pages;
    private final ActionErrors errors;
    private final Messages messages;

    AgentTicketFieldsController(TicketManagement tickets, AgentTicketPages pages, ActionErrors errors,
            Messages messages) {
        this.tickets = tickets;
        this.pages = pages;
        this.errors = errors;
        this.messages = messages;
    }

    @PostMapping("/agente/tickets/{number}/tipo")
    String changeType(@PathVariable long number, @RequestParam(defaultValue = "") String tipo, Actor actor,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            tickets.changeType(number, tipo, actor);
        } catch (DomainException e) {
            errors.show(e, model, response, "fieldsError");
            return pages.page(number, actor, model, List.of());
        }
        redirect.addFlashAttribute("fieldsFlash", messages.of("forms.agent.typeChanged"));
        return "redirect:/agente/tickets/" + number + "#ticket-fields";
    }

    /** Every field of the form is sent: an emptied one clears its value. */
    @PostMapping("/agente/tickets/{number}/campos")
    String editValues(@PathVariable long number, @RequestParam MultiValueMap<String, String> params, Actor actor,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        params.forEach((name, texts) -> {
            if (name.startsWith("cf_") && name.length() > 3) {
                values.put(name.substring(3), texts.stream().filter(t -> !t.isBlank()).toList());
            }
        });
        // A checkbox left unticked sends nothing: the form lists its fields so that unticking clears them.
        List<String> listed = params.getOrDefault("campos", List.of());
        listed.forEach(key -> values.putIfAbsent(key, List.of()));
        try {
            tickets.editCustomFields(number, values, actor);
        } catch (DomainException e) {
            errors.show(e, model, response, "fieldsError");
            model.addAttribute("fieldValues", values);
            model.addAttribute("fieldsErrorField", e instanceof InvalidInputException i ? i.field() : null);
            return pages.page(number, actor, model, List.of());
        }
        redirect.addFlashAttribute("fieldsFlash", messages.of("forms.agent.valuesSaved"));
        return "redirect:/agente/tickets/" + number + "#ticket-fields";
    }
}
