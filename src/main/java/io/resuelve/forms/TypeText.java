package io.resuelve.forms;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A request type's texts in one language. */
@Embeddable
class TypeText {

    private String name;
    private String description;
    @Column(name = "subject_help")
    private String subjectHelp;
    @Column(name = "description_help")
    private String descriptionHelp;

    protected TypeText() {
    }

    TypeText(String name, String description, String subjectHelp, String descriptionHelp) {
        this.name = name;
        this.description = description;
        this.subjectHelp = subjectHelp;
        this.descriptionHelp = descriptionHelp;
    }

    String name() {
        return name;
    }

    String description() {
        return description;
    }

    String subjectHelp() {
        return subjectHelp;
    }

    String descriptionHelp() {
        return descriptionHelp;
    }
}
