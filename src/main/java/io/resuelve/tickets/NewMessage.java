package io.resuelve.tickets;

import java.util.List;

/**
 * A message to add. {@code status} is for agents only: the status their reply leaves the ticket in.
 * {@code html} must already be sanitized (it comes from mail); API and portal callers send text.
 * {@code quotedText} is the quoted part of a mail (the earlier conversation under the reply), kept for the
 * "Mostrar texto citado" toggle and never sent in outgoing mail; null when there was none.
 */
public record NewMessage(String body, String html, boolean internal, TicketStatus status, List<Upload> uploads,
        String quotedText) {

    public NewMessage(String body, String html, boolean internal, TicketStatus status, List<Upload> uploads) {
        this(body, html, internal, status, uploads, null);
    }

    public static NewMessage reply(String body) {
        return new NewMessage(body, null, false, null, List.of());
    }

    /** A message that arrived by mail: its new text, its sanitized HTML and the part it quoted. */
    public static NewMessage fromMail(String body, String html, String quotedText, List<Upload> uploads) {
        return new NewMessage(body, html, false, null, uploads, quotedText);
    }
}
