package io.resuelve.tickets;

/**
 * The kinds of custom field a ticket can hold a typed value for. Texts, choices, URLs and e-mails are stored as
 * text; numbers, dates and checkboxes in their own typed column so they filter and sort as what they are.
 */
public enum CustomFieldKind {
    TEXT, LONG_TEXT, NUMBER, DATE, SELECT, MULTI_SELECT, CHECKBOX, URL, EMAIL;

    /** Whether one field of this kind may hold several values (one stored row each). */
    public boolean multiple() {
        return this == MULTI_SELECT;
    }

    public String labelKey() {
        return "forms.kind." + name();
    }
}
