package io.resuelve.agent;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

import io.resuelve.macros.AssigneeAction;
import io.resuelve.macros.MacroInput;
import io.resuelve.macros.MacroView;
import io.resuelve.shared.InvalidInputException;
import io.resuelve.tickets.Priority;
import io.resuelve.tickets.TicketStatus;

/**
 * The macro form as posted: selects send names or "" for "no change", tags come comma-separated, checkboxes are
 * absent when unticked.
 */
record MacroForm(String name, String body, Boolean shared, Boolean active, String status, String priority,
        String type, Long groupId, String assignee, Long assigneeId, String tags, Long previewTicket) {

    static MacroForm blank() {
        return new MacroForm("", "", false, true, "", "", "", null, AssigneeAction.NONE.name(), null, "", null);
    }

    static MacroForm of(MacroView macro) {
        return new MacroForm(macro.name(), macro.body(), macro.shared(), macro.active(), name(macro.status()),
                name(macro.priority()), macro.type() == null ? "" : macro.type(), macro.groupId(),
                macro.assignee().name(), macro.assigneeId(), String.join(", ", macro.tags().stream().sorted().toList()),
                null);
    }

    MacroForm renamed(String newName) {
        return new MacroForm(newName, body, shared, active, status, priority, type, groupId, assignee, assigneeId,
                tags, previewTicket);
    }

    MacroInput input() {
        Set<String> tagSet = new LinkedHashSet<>();
        if (tags != null) {
            Arrays.stream(tags.split("[,\\s]+")).map(String::strip).filter(t -> !t.isEmpty()).forEach(tagSet::add);
        }
        return new MacroInput(name, body, Boolean.TRUE.equals(shared), Boolean.TRUE.equals(active),
                parse("status", status, TicketStatus::valueOf), parse("priority", priority, Priority::valueOf),
                type, groupId, parse("assignee", assignee, AssigneeAction::valueOf), assigneeId, tagSet);
    }

    private static <T> T parse(String field, String value, Function<String, T> parser) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return parser.apply(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, "macros.error.invalidChoice");
        }
    }

    private static String name(Enum<?> value) {
        return value == null ? "" : value.name();
    }
}
