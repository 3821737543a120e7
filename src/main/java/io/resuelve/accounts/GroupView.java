package io.resuelve.accounts;

/** Read-only view of an agent group; {@code restricted}: its tickets are visible only to its members. */
public record GroupView(Long id, String name, String description, boolean restricted) {
}
