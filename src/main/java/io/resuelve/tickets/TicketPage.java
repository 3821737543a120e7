package io.resuelve.tickets;

import java.util.List;

/** One page of tickets; {@code next} is the cursor for the following page, null on the last one. */
public record TicketPage(List<TicketView> items, String next) {
}
