package io.resuelve.search;

import java.util.Set;

/**
 * Optional filters of a ticket search; {@code null} or empty means "any".
 *
 * @param statuses       ticket statuses by name (NEW, OPEN, …)
 * @param organisationId the requester's organisation
 * @param groupId        the agent group
 * @param productId      the product
 * @param country        the country code
 */
public record TicketFilters(Set<String> statuses, Long organisationId, Long groupId, Long productId, String country) {

    public static TicketFilters none() {
        return new TicketFilters(Set.of(), null, null, null, null);
    }

    public TicketFilters {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        country = country == null || country.isBlank() ? null : country.strip();
    }
}
