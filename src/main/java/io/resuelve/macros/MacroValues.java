package io.resuelve.macros;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.resuelve.accounts.AccountManagement;
import io.resuelve.accounts.Actor;
import io.resuelve.accounts.OrganisationView;
import io.resuelve.accounts.UserView;
import io.resuelve.shared.ResuelveProperties;
import io.resuelve.tickets.TicketStatus;
import io.resuelve.tickets.TicketView;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The values of the placeholders for a ticket and the agent writing, or for the example ticket of the preview. */
@Component
class MacroValues {

    private final AccountManagement accounts;
    private final MessageSource messages;
    private final ResuelveProperties resuelve;
    private final String helpdeskName;

    MacroValues(AccountManagement accounts, MessageSource messages, ResuelveProperties resuelve,
            @Value("${resuelve.mail.from-name:Soporte Resuelve}") String helpdeskName) {
        this.accounts = accounts;
        this.messages = messages;
        this.resuelve = resuelve;
        this.helpdeskName = helpdeskName;
    }

    /**
     * For a real ticket. The status label is the one the customer sees, in the requester's language: the reply is
     * written to them.
     */
    Map<String, String> of(TicketView ticket, Actor agent, Locale fallback) {
        Optional<UserView> requester = accounts.user(ticket.requesterId());
        Locale locale = requester.map(r -> r.language().locale()).orElse(fallback);
        Map<String, String> values = common(agent);
        values.put("requester.name", requester.map(UserView::name).orElse(""));
        values.put("requester.first_name", MacroPlaceholders.firstName(requester.map(UserView::name).orElse("")));
        values.put("requester.email", requester.map(UserView::email).orElse(""));
        values.put("ticket.number", Long.toString(ticket.number()));
        values.put("ticket.subject", ticket.subject());
        values.put("ticket.status", label(ticket.status(), locale));
        values.put("ticket.url", resuelve.link("/tickets/" + ticket.number()));
        values.put("organization.name",
                accounts.organisation(ticket.organisationId()).map(OrganisationView::name).orElse(""));
        return values;
    }

    /** For the preview on the macro form: a made-up ticket in the viewer's language. */
    Map<String, String> example(Actor agent, Locale locale) {
        Map<String, String> values = common(agent);
        String name = messages.getMessage("macros.example.requester", null, locale);
        values.put("requester.name", name);
        values.put("requester.first_name", MacroPlaceholders.firstName(name));
        values.put("requester.email", messages.getMessage("macros.example.email", null, locale));
        values.put("ticket.number", "1234");
        values.put("ticket.subject", messages.getMessage("macros.example.subject", null, locale));
        values.put("ticket.status", label(TicketStatus.OPEN, locale));
        values.put("ticket.url", resuelve.link("/tickets/1234"));
        values.put("organization.name", messages.getMessage("macros.example.organization", null, locale));
        return values;
    }

    private Map<String, String> common(Actor agent) {
        Map<String, String> values = new HashMap<>();
        String name = accounts.user(agent.userId()).map(UserView::name).orElse("");
        values.put("agent.name", name);
        values.put("agent.first_name", MacroPlaceholders.firstName(name));
        values.put("helpdesk.name", helpdeskName);
        return values;
    }

    private String label(TicketStatus status, Locale locale) {
        return messages.getMessage(status.customerLabelKey(), null, status.name(), locale);
    }
}
