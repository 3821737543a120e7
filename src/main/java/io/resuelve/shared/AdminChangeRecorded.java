package io.resuelve.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An administrator changed the help desk's configuration (people, organisations, groups, catalogue, settings). The
 * module that made the change publishes it inside the change's transaction; the audit log stores it synchronously,
 * so a change and its audit entry commit or roll back together.
 *
 * @param actorId     who made the change; {@code null} for Resuelve itself
 * @param actorLabel  their e-mail at the time, so the entry reads right even if they later change it
 * @param action      what was done, a stable dotted name such as {@code user.roleChanged}
 * @param targetType  what kind of thing changed, such as {@code USER}
 * @param targetId    its id (or code)
 * @param targetLabel its name at the time of the change
 * @param changes     the fields that changed, before and after; empty when the action says it all
 */
public record AdminChangeRecorded(Long actorId, String actorLabel, String action, String targetType,
        String targetId, String targetLabel, List<FieldChange> changes) {

    public AdminChangeRecorded {
        changes = List.copyOf(changes);
    }

    /** One field's value before and after; {@code null} means "empty". */
    public record FieldChange(String field, String before, String after) {
    }

    public static Builder of(Long actorId, String actorLabel, String action, String targetType, Object targetId,
            String targetLabel) {
        return new Builder(actorId, actorLabel, action, targetType, targetId == null ? null : targetId.toString(),
                targetLabel);
    }

    /** Collects the changed fields; a field whose value did not change is left out. */
    public static final class Builder {

        private final Long actorId;
        private final String actorLabel;
        private final String action;
        private final String targetType;
        private final String targetId;
        private final String targetLabel;
        private final List<FieldChange> changes = new ArrayList<>();

        private Builder(Long actorId, String actorLabel, String action, String targetType, String targetId,
                String targetLabel) {
            this.actorId = actorId;
            this.actorLabel = actorLabel;
            this.action = action;
            this.targetType = targetType;
            this.targetId = targetId;
            this.targetLabel = targetLabel;
        }

        public Builder change(String field, Object before, Object after) {
            String b = text(before);
            String a = text(after);
            if (!Objects.equals(b, a)) {
                changes.add(new FieldChange(field, b, a));
            }
            return this;
        }

        /** Whether any field changed. */
        public boolean changed() {
            return !changes.isEmpty();
        }

        public AdminChangeRecorded build() {
            return new AdminChangeRecorded(actorId, actorLabel, action, targetType, targetId, targetLabel, changes);
        }

        private static String text(Object value) {
            if (value == null) {
                return null;
            }
            String text = value instanceof java.util.Collection<?> c
                    ? String.join(", ", c.stream().map(String::valueOf).sorted().toList())
                    : value.toString();
            return text.isBlank() ? null : text;
        }
    }
}
