package io.resuelve.accounts;

import java.util.List;

/** What it takes to create an organisation. */
public record NewOrganisation(String name, String taxId, String country, List<String> domains,
        boolean sharedTickets) {
}
