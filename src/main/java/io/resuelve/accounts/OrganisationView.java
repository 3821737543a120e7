package io.resuelve.accounts;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/** Read-only view of an organisation. */
public record OrganisationView(Long id, String name, String taxId, String country, Set<String> domains,
        boolean sharedTickets, Instant createdAt) {

    /** The mail domains in alphabetical order, for lists. */
    public List<String> sortedDomains() {
        return domains.stream().sorted().toList();
    }
}
