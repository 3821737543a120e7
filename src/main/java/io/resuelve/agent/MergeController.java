package io.resuelve.agent;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.resuelve.accounts.AccountManagement;
import io.resuelve.accounts.Actor;
import io.resuelve.accounts.UserView;
import io.resuelve.shared.DomainException;
import io.resuelve.shared.NotFoundException;
import io.resuelve.tickets.TicketMerges;
import io.resuelve.tickets.TicketQueries;
import io.resuelve.tickets.TicketQuery;
import io.resuelve.tickets.TicketStatus;
import io.resuelve.tickets.TicketView;
import io.resuelve.web.Messages;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Fusionar": an agent merges a duplicate ticket into another in two steps — choose the target (the requester's
 * other open tickets are offered), then confirm with both tickets side by side.
 */
@Controller
class MergeController {

    private static final Set<TicketStatus> MERGEABLE = EnumSet.complementOf(EnumSet.of(TicketStatus.CLOSED));

    private final TicketQueries queries;
    private final TicketMerges merges;
    private final AccountManagement accounts;
    private final Messages messages;

    MergeController(TicketQueries queries, TicketMerges merges, AccountManagement accounts, Messages messages) {
        this.queries = queries;
        this.merges = merges;
        this.accounts = accounts;
        this.messages = messages;
    }

    @GetMapping("/agente/tickets/{number}/fusionar")
    String form(@PathVariable long number, Actor actor, Model model) {
        TicketView source = queries.ticket(number, actor);
        UserView requester = accounts.user(source.requesterId()).orElseThrow();
        List<TicketView> candidates = queries.list(new TicketQuery(MERGEABLE, requester.email(), null, null, null,
                null, null, null, null, null, null, null, 10), actor).items().stream()
                .filter(t -> t.number() != number).toList();
        model.addAttribute("source", source);
        model.addAttribute("requester", requester);
        model.addAttribute("candidates", candidates);
        return "agent/merge";
    }

    @PostMapping("/agente/tickets/{number}/fusionar")
    String merge(@PathVariable long number, @RequestParam(defaultValue = "") String destino,
            @RequestParam(defaultValue = "false") boolean confirmar,
            @RequestParam(defaultValue = "false") boolean notificar, Actor actor, Model model,
            RedirectAttributes redirect) {
        Long into = parse(destino);
        try {
            if (!confirmar) {
                return confirmation(number, into, actor, model);
            }
            TicketView target = merges.merge(number, into, notificar, actor);
            redirect.addFlashAttribute("flash", messages.of("merge.done", number, target.number()));
            return "redirect:/agente/tickets/" + target.number();
        } catch (NotFoundException e) {
            queries.ticket(number, actor); // the source itself out of reach: a 404 page, as for any other route
            return failed(number, destino, messages.of("merge.targetNotFound", destino), actor, model);
        } catch (DomainException e) {
            return failed(number, destino, messages.of(e), actor, model);
        }
    }

    /** Step two: both tickets side by side, nothing changed yet. */
    private String confirmation(long number, Long into, Actor actor, Model model) {
        TicketMerges.MergePreview preview = merges.preview(number, into, actor);
        TicketView source = preview.source();
        TicketView target = preview.target();
        Map<Long, UserView> people = accounts.users(List.of(source.requesterId(), target.requesterId()));
        model.addAttribute("source", source);
        model.addAttribute("target", target);
        model.addAttribute("sourceRequester", people.get(source.requesterId()));
        model.addAttribute("targetRequester", people.get(target.requesterId()));
        return "agent/merge-confirm";
    }

    private String failed(long number, String destino, String error, Actor actor, Model model) {
        model.addAttribute("mergeError", error);
        model.addAttribute("destino", destino);
        return form(number, actor, model);
    }

    private static Long parse(String value) {
        String digits = value.strip().replaceFirst("^#", "");
        return digits.matches("\\d{1,18}") ? Long.valueOf(digits) : null;
    }
}
