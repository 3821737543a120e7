package io.resuelve.forms;

import java.util.Map;
import java.util.Set;

import io.resuelve.shared.Language;

/** A request type as an administrator defines it, in every language, with its checklist and impact question. */
public record TypeDefinition(String code, Map<Language, Text> texts, boolean askImpact, Set<TriageItem> checklist) {

    public TypeDefinition {
        texts = texts == null ? Map.of() : Map.copyOf(texts);
        checklist = checklist == null ? Set.of() : Set.copyOf(checklist);
    }

    public record Text(String name, String description, String subjectHelp, String descriptionHelp) {
    }
}
