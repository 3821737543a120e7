package io.resuelve.forms;

/** A word, phrase or {@code re:} expression an administrator added to a rule's vocabulary in one language. */
public record QualityTerm(long id, String rule, String language, String term) {
}
