package io.resuelve.tickets;

/** Where a ticket came from (the "origen" of seed 002). */
public enum Channel {
    PORTAL, EMAIL, CHAT, PHONE, API;

    public String labelKey() {
        return "ticket.channel." + name();
    }
}
