package io.resuelve.accounts;

/** Read-only view of an agent group. */
public record GroupView(Long id, String name, String description) {
}
