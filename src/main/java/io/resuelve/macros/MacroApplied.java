package io.resuelve.macros;

/**
 * What applying a macro left for the reply form.
 *
 * @param body          the reply text, placeholders filled in (plain text: the page escapes it)
 * @param status        the status name to select for the reply, or {@code null}
 * @param fieldsChanged whether ticket fields were changed, so the page reloads them
 */
public record MacroApplied(String body, String status, boolean fieldsChanged) {
}
