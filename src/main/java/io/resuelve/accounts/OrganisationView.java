package io.resuelve.accounts;

import java.time.Instant;
import java.util.Set;

/** Read-only view of an organisation. */
public record OrganisationView(Long id, String name, String taxId, String country, Set<String> domains,
        boolean sharedTickets, Instant createdAt) {
}
