package io.resuelve.tickets;

public enum Priority {
    LOW, NORMAL, HIGH, URGENT;

    public String labelKey() {
        return "ticket.priority." + name();
    }
}
