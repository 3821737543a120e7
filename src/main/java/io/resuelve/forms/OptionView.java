package io.resuelve.forms;

/** One choice of a select or multi-select field: its stored key and its label in the reader's language. */
public record OptionView(String key, String label) {
}
