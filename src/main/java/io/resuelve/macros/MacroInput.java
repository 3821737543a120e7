package io.resuelve.macros;

import java.util.Set;

import io.resuelve.tickets.Priority;
import io.resuelve.tickets.TicketStatus;

/**
 * A macro as written on its form. Every action is optional: {@code null} (or {@link AssigneeAction#NONE}, no tags)
 * leaves that field of the ticket as it is.
 *
 * @param name       what agents pick it by
 * @param body       the reply text, with {@code {{placeholders}}} (see {@link MacroPlaceholders})
 * @param shared     visible to every agent (only admins write shared macros) instead of personal
 * @param active     offered in the ticket view
 * @param status     the status the reply form is left on
 * @param assigneeId the agent, when {@code assignee} is {@link AssigneeAction#AGENT}
 * @param tags       tags added to the ticket
 */
public record MacroInput(String name, String body, boolean shared, boolean active, TicketStatus status,
        Priority priority, String type, Long groupId, AssigneeAction assignee, Long assigneeId, Set<String> tags) {

    public MacroInput {
        assignee = assignee == null ? AssigneeAction.NONE : assignee;
        tags = tags == null ? Set.of() : Set.copyOf(tags);
    }
}
