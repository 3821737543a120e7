package io.resuelve.forms;

import jakarta.persistence.Embeddable;

/** A custom field's label and help comment in one language. */
@Embeddable
class FieldText {

    private String label;
    private String help;

    protected FieldText() {
    }

    FieldText(String label, String help) {
        this.label = label;
        this.help = help;
    }

    String label() {
        return label;
    }

    String help() {
        return help;
    }
}
