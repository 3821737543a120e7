package io.resuelve.forms;

import java.util.List;

/**
 * What the form of a request type shows besides its fields: help for the subject ("Tema") and the description,
 * whether it asks about the impact, and its triage checklist (seed 004).
 */
public record RequestTypeForm(RequestTypeView type, String subjectHelp, String descriptionHelp, boolean askImpact,
        List<TriageItem> checklist) {
}
