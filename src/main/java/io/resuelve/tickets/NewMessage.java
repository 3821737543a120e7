package io.resuelve.tickets;

import java.util.List;

/**
 * A message to add. {@code status} is for agents only: the status their reply leaves the ticket in.
 * {@code html} must already be sanitized (it comes from mail); API and portal callers send text.
 */
public record NewMessage(String body, String html, boolean internal, TicketStatus status, List<Upload> uploads) {

    public static NewMessage reply(String body) {
        return new NewMessage(body, null, false, null, List.of());
    }
}
