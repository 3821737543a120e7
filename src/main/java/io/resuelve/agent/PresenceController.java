package io.resuelve.agent;

import io.resuelve.accounts.Actor;
import io.resuelve.tickets.TicketPresence;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Collision detection on the agent's ticket view: the page reports every 10 seconds (htmx) and shows who else is
 * on the ticket, who is writing a reply, and whether someone answered since the page was loaded.
 */
@Controller
class PresenceController {

    private final TicketPresence presence;

    PresenceController(TicketPresence presence) {
        this.presence = presence;
    }

    @PostMapping("/agente/tickets/{number}/presencia")
    String heartbeat(@PathVariable long number, @RequestParam(defaultValue = "false") boolean composing,
            @RequestParam(required = false) Long lastSeenMessageId, Actor actor, Model model) {
        model.addAttribute("number", number);
        model.addAttribute("presence", presence.heartbeat(number, composing, lastSeenMessageId, actor));
        return "agent/presence :: others";
    }

    /** Sent by the browser as the page goes away (a beacon), so the others stop seeing this agent at once. */
    @PostMapping("/agente/tickets/{number}/presencia/salir")
    ResponseEntity<Void> leave(@PathVariable long number, Actor actor) {
        presence.leave(number, actor);
        return ResponseEntity.noContent().build();
    }
}
