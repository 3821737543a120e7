package io.resuelve.forms;

import java.util.List;
import java.util.Optional;

/** A request type ("sección") in one language, with its fields in order (inactive ones included, flagged). */
public record RequestTypeView(Long id, String code, String name, String description, boolean active, int position,
        List<FieldView> fields) {

    public Optional<FieldView> field(String key) {
        return fields.stream().filter(f -> f.key().equals(key)).findFirst();
    }

    /** The fields a new ticket of this type asks for, in order. */
    public List<FieldView> activeFields() {
        return fields.stream().filter(FieldView::active).toList();
    }
}
