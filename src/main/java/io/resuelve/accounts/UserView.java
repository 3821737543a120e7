package io.resuelve.accounts;

import java.time.Instant;
import java.util.Set;

import io.resuelve.shared.Language;

/** Read-only view of a person. Never carries the password hash. */
public record UserView(Long id, String name, String email, Role role, String jobTitle, String phone,
        Language language, String timeZone, Long organisationId, Set<Long> groupIds, boolean enabled,
        boolean verified, Instant createdAt) {

    public Actor actor() {
        return new Actor(id, role, organisationId, email);
    }
}
