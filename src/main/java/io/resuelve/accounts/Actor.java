package io.resuelve.accounts;

import java.io.Serializable;

/**
 * Who is doing something, passed explicitly into domain methods instead of a thread-local "current user".
 *
 * @param userId         the person's id; {@code null} only for {@link #system()}
 * @param role           their role
 * @param organisationId the customer's organisation, if any
 * @param email          their e-mail, for logs and messages
 */
public record Actor(Long userId, Role role, Long organisationId, String email) implements Serializable {

    private static final Actor SYSTEM = new Actor(null, Role.ADMIN, null, "system");

    /** Resuelve itself (automations, bootstrap). Has staff rights. */
    public static Actor system() {
        return SYSTEM;
    }

    public boolean isSystem() {
        return userId == null;
    }

    public boolean isCustomer() {
        return role == Role.CUSTOMER;
    }

    public boolean isStaff() {
        return role.isStaff();
    }

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }
}
