package io.resuelve.accounts;

import java.util.Set;

import io.resuelve.shared.Language;

/**
 * What it takes to create a person. {@code password} may be null: the person then cannot sign in until they set
 * one. {@code organisationId} null for a customer means "find it from the e-mail domain".
 */
public record NewUser(String name, String email, Role role, Long organisationId, String password,
        Language language, String timeZone, Set<Long> groupIds) {

    public static NewUser customer(String name, String email, Long organisationId, String password) {
        return new NewUser(name, email, Role.CUSTOMER, organisationId, password, null, null, Set.of());
    }

    public static NewUser agent(String name, String email, String password, Set<Long> groupIds) {
        return new NewUser(name, email, Role.AGENT, null, password, null, null, groupIds);
    }
}
