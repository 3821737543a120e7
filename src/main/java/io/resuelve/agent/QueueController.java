package io.resuelve.agent;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import io.resuelve.accounts.Actor;
import io.resuelve.accounts.AgentPreferences;
import io.resuelve.forms.RequestTypes;
import io.resuelve.shared.InvalidInputException;
import io.resuelve.web.Messages;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The agent home: the queue. {@code GET /agente?vista=…&filters…} lists a view (the live refresh fetches the same
 * URL); {@code POST /agente/columnas} saves the agent's columns; {@code POST /agente/tickets/lote} applies a bulk
 * action to the selected tickets.
 */
@Controller
class QueueController {

    private final QueuePages pages;
    private final BulkUpdates bulk;
    private final AgentPreferences preferences;
    private final Messages messages;
    private final RequestTypes types;

    QueueController(QueuePages pages, BulkUpdates bulk, AgentPreferences preferences, Messages messages,
            RequestTypes types) {
        this.pages = pages;
        this.bulk = bulk;
        this.preferences = preferences;
        this.messages = messages;
        this.types = types;
    }

    @GetMapping("/agente")
    String queue(@ModelAttribute("filters") QueueFilters filters, Actor actor,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Locale locale, Model model) {
        model.addAttribute("queue", pages.page(filters, actor, "true".equals(htmx)));
        model.addAttribute("statuses", io.resuelve.tickets.TicketStatus.values());
        model.addAttribute("priorities", io.resuelve.tickets.Priority.values());
        model.addAttribute("channels", io.resuelve.tickets.Channel.values());
        model.addAttribute("allColumns", QueueColumn.values());
        model.addAttribute("customFieldKeys", customFieldKeys(locale));
        return "agent/queue";
    }

    /** The keys the "field = value" filter suggests: every field of every section, with its label. */
    private List<Option> customFieldKeys(Locale locale) {
        Map<String, String> keys = new TreeMap<>();
        types.all(locale).forEach(t -> t.fields().forEach(f -> keys.putIfAbsent(f.key(), f.label())));
        return keys.entrySet().stream().map(e -> new Option(e.getKey(), e.getValue())).toList();
    }

    @PostMapping("/agente/columnas")
    String columns(@RequestParam(name = "columnas", required = false) List<String> columns,
            @RequestParam(name = "volver", required = false) String back, Actor actor, RedirectAttributes redirect) {
        List<String> known = columns == null ? List.of()
                : columns.stream().filter(c -> QueueColumn.bySlug(c).isPresent()).toList();
        if (known.isEmpty()) {
            redirect.addFlashAttribute("queueProblem", messages.of("queues.columns.atLeastOne"));
        } else {
            preferences.saveQueueColumns(known, actor);
            redirect.addFlashAttribute("flash", messages.of("queues.columns.saved"));
        }
        return "redirect:" + safeBack(back);
    }

    @PostMapping("/agente/tickets/lote")
    String bulk(@ModelAttribute BulkForm form, Actor actor, RedirectAttributes redirect) {
        try {
            BulkResult result = bulk.apply(form, actor);
            if (result.updated() > 0 || result.failures().isEmpty()) {
                redirect.addFlashAttribute("flash", messages.of("queues.bulk.updated", result.updated()));
            }
            if (!result.failures().isEmpty()) {
                redirect.addFlashAttribute("queueProblem",
                        messages.of("queues.bulk.failed", result.failures().size()));
                // Sentences, not records: flash attributes travel in the (JDBC) session.
                redirect.addFlashAttribute("queueFailures", result.failures().stream()
                        .map(f -> messages.of("queues.bulk.failure", f.number(), f.reason())).toList());
            }
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("queueProblem", messages.of(e));
        }
        return "redirect:" + safeBack(form.volver());
    }

    /** Only back into the queue: a form field must not redirect anywhere else. */
    static String safeBack(String back) {
        boolean queue = back != null && (back.equals("/agente") || back.startsWith("/agente?"));
        return queue && !back.contains("\\") && !back.contains("//")
                && back.chars().noneMatch(Character::isISOControl) ? back : "/agente";
    }
}
