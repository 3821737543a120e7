package io.resuelve.accounts;

/** An organisation's details as an admin edits them; mail domains are added and removed one by one. */
public record OrganisationChange(String name, String taxId, String country, boolean sharedTickets) {
}
