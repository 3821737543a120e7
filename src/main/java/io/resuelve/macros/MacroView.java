package io.resuelve.macros;

import java.time.Instant;
import java.util.Set;

import io.resuelve.tickets.Priority;
import io.resuelve.tickets.TicketStatus;

/** A macro as its readers see it; {@code ownerId} is {@code null} for a shared macro. */
public record MacroView(Long id, String name, String body, Long ownerId, boolean active, TicketStatus status,
        Priority priority, String type, Long groupId, AssigneeAction assignee, Long assigneeId, Set<String> tags,
        long usageCount, Instant lastUsedAt, Instant updatedAt) {

    public boolean shared() {
        return ownerId == null;
    }

    /** Whether applying it changes ticket fields (beyond the reply and its status). */
    public boolean setsFields() {
        return priority != null || type != null || groupId != null || assignee != AssigneeAction.NONE
                || !tags.isEmpty();
    }

    public MacroInput input() {
        return new MacroInput(name, body, shared(), active, status, priority, type, groupId, assignee, assigneeId,
                tags);
    }
}
