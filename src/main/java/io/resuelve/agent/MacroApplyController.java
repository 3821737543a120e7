package io.resuelve.agent;

import io.resuelve.accounts.Actor;
import io.resuelve.macros.MacroApplied;
import io.resuelve.macros.Macros;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Applies a macro from the ticket view ({@code static/js/macros.js}): the fields change now, the reply comes back as
 * JSON {@code {body, status, fieldsChanged}} for the agent to review and send. Refusals come back as problem details.
 */
@RestController
class MacroApplyController {

    private final Macros macros;

    MacroApplyController(Macros macros) {
        this.macros = macros;
    }

    @PostMapping("/agente/tickets/{number}/macros/{id}/aplicar")
    MacroApplied apply(@PathVariable long number, @PathVariable long id, Actor actor) {
        return macros.apply(id, number, actor, LocaleContextHolder.getLocale());
    }
}
