package io.resuelve.agent;

/** A choice of a select or checklist: the submitted value and its label in the viewer's language. */
public record Option(String value, String label) {
}
