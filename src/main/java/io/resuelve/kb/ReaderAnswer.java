package io.resuelve.kb;

/** A reader's own answer to "¿Le fue útil este artículo?" and whether they also left a comment. */
public record ReaderAnswer(boolean helpful, boolean commented) {
}
