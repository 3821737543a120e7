package io.resuelve.agent;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.resuelve.accounts.UserView;
import io.resuelve.tickets.HistoryEntry;
import io.resuelve.web.Messages;

/**
 * Turns recorded changes into sentences an agent reads: field names and statuses in their language, people and
 * groups by name instead of ids.
 */
final class HistoryRows {

    private final Messages messages;
    private final Map<Long, UserView> people;
    private final Map<Long, String> groups;
    private final Map<Long, String> brands;
    private final Map<Long, String> products;

    /** {@code catalogue}: names by id for the fields "brandId" and "productId". */
    HistoryRows(Messages messages, Map<Long, UserView> people, Map<Long, String> groups,
            Map<String, Map<Long, String>> catalogue) {
        this.messages = messages;
        this.people = people;
        this.groups = groups;
        this.brands = catalogue.getOrDefault("brandId", Map.of());
        this.products = catalogue.getOrDefault("productId", Map.of());
    }

    /** The ids of people a history names as values (assignees, people in copy), to load them with the rest. */
    static Set<Long> peopleIn(List<HistoryEntry> changes) {
        Set<Long> ids = new HashSet<>();
        for (HistoryEntry change : changes) {
            if ("assignee".equals(change.field()) || "cc".equals(change.field())) {
                ids.addAll(ids(change.from()));
                ids.addAll(ids(change.to()));
            }
        }
        return ids;
    }

    List<HistoryRow> rows(List<HistoryEntry> changes) {
        return changes.stream().map(c -> new HistoryRow(who(c.actorId()), c.at(), fieldLabel(c.field()),
                value(c.field(), c.from()), value(c.field(), c.to()))).toList();
    }

    private String who(Long actorId) {
        UserView person = actorId == null ? null : people.get(actorId);
        return person == null ? messages.of("workspace.system") : person.name();
    }

    private String fieldLabel(String field) {
        if (field.startsWith("custom.")) {
            // A request type's custom field, recorded by its key.
            return messages.of("forms.history.customField", field.substring("custom.".length()));
        }
        String key = "workspace.field." + field;
        String label = messages.of(key);
        return label.equals(key) ? field : label;
    }

    private String value(String field, String raw) {
        if (raw == null || raw.isEmpty() || "[]".equals(raw)) {
            return "—";
        }
        switch (field) {
            case "status":
                return messages.of("ticket.status." + raw + ".agent");
            case "priority":
                return messages.of("ticket.priority." + raw);
            case "type": {
                String label = messages.of("ticket.type." + raw);
                return label.equals("ticket.type." + raw) ? raw : label;
            }
            case "assignee":
                return ids(raw).stream().map(id -> people.containsKey(id) ? people.get(id).name() : "#" + id)
                        .collect(Collectors.joining(", "));
            case "cc":
                return ids(raw).stream().map(id -> people.containsKey(id) ? people.get(id).email() : "#" + id)
                        .collect(Collectors.joining(", "));
            case "group":
                return ids(raw).stream().map(id -> groups.getOrDefault(id, "#" + id))
                        .collect(Collectors.joining(", "));
            case "brandId":
                return ids(raw).stream().map(id -> brands.getOrDefault(id, "#" + id)).collect(Collectors.joining());
            case "productId":
                return ids(raw).stream().map(id -> products.getOrDefault(id, "#" + id))
                        .collect(Collectors.joining());
            case "tags":
                return raw.replace("[", "").replace("]", "");
            default:
                return raw;
        }
    }

    private static List<Long> ids(String raw) {
        if (raw == null) {
            return List.of();
        }
        return java.util.Arrays.stream(raw.replace("[", "").replace("]", "").split(","))
                .map(String::strip).filter(s -> s.matches("\\d+")).map(Long::valueOf).toList();
    }
}
