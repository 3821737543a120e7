package io.resuelve.agent;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.resuelve.accounts.AccountManagement;
import io.resuelve.accounts.AgentGroups;
import io.resuelve.accounts.GroupView;
import io.resuelve.accounts.UserView;
import io.resuelve.forms.RequestTypeView;
import io.resuelve.forms.RequestTypes;
import io.resuelve.macros.AssigneeAction;
import io.resuelve.macros.MacroPlaceholders;
import io.resuelve.tickets.Priority;
import io.resuelve.tickets.TicketStatus;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The choices of the macro pages: statuses, priorities, ticket types, groups, agents and placeholders. */
@Component
class MacroOptions {

    /** A reply leaves the ticket in one of these; NEW and CLOSED are not where an answer puts it. */
    static final Set<TicketStatus> REPLY_STATUSES = EnumSet.of(TicketStatus.OPEN, TicketStatus.PENDING_CUSTOMER,
            TicketStatus.ON_HOLD, TicketStatus.RESOLVED);

    private final AgentGroups groups;
    private final AccountManagement accounts;
    private final RequestTypes requestTypes;

    MacroOptions(AgentGroups groups, AccountManagement accounts, RequestTypes requestTypes) {
        this.groups = groups;
        this.accounts = accounts;
        this.requestTypes = requestTypes;
    }

    void addTo(Model model) {
        model.addAttribute("statuses", REPLY_STATUSES);
        model.addAttribute("priorities", Priority.values());
        // The request types the portal offers now (admins add, rename and disable them).
        model.addAttribute("types", requestTypes.active(LocaleContextHolder.getLocale()));
        model.addAttribute("groups", groups.groups());
        model.addAttribute("agents", accounts.staff());
        model.addAttribute("assigneeActions", AssigneeAction.values());
        model.addAttribute("placeholders", MacroPlaceholders.KNOWN);
    }

    /** Group and agent names by id, for the list's summary of what each macro does. */
    void addNamesTo(Model model) {
        model.addAttribute("groupNames", groups.groups().stream()
                .collect(Collectors.toMap(GroupView::id, GroupView::name)));
        Map<Long, String> agents = accounts.staff().stream()
                .collect(Collectors.toMap(UserView::id, UserView::name, (a, b) -> a));
        model.addAttribute("agentNames", agents);
        model.addAttribute("typeNames", requestTypes.all(LocaleContextHolder.getLocale()).stream()
                .collect(Collectors.toMap(RequestTypeView::code, RequestTypeView::name, (a, b) -> a)));
    }
}
