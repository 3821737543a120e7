package io.resuelve.forms;

import java.util.List;

import io.resuelve.accounts.Actor;
import io.resuelve.tickets.CustomFieldKind;

/**
 * A custom field of a request type in one language. {@code dependsOn}/{@code dependsValue}: the field applies
 * only while the field {@code dependsOn} holds {@code dependsValue} (for a checkbox, "true").
 */
public record FieldView(Long id, String key, CustomFieldKind kind, String label, String help, boolean required,
        FieldVisibility visibility, String dependsOn, String dependsValue, List<OptionView> options, boolean active,
        int position) {

    public boolean visibleTo(Actor actor) {
        return actor.isStaff() || visibility.customerSees();
    }

    public boolean editableBy(Actor actor) {
        return actor.isStaff() || visibility.customerFills();
    }

    public boolean dependent() {
        return dependsOn != null && !dependsOn.isBlank();
    }

    /** The label of a stored option key; the key itself when the option was removed since. */
    public String optionLabel(String optionKey) {
        return options.stream().filter(o -> o.key().equals(optionKey)).map(OptionView::label).findFirst()
                .orElse(optionKey);
    }
}
