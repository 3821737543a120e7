package io.resuelve.tickets.api;

import java.time.Instant;
import java.util.List;

import io.resuelve.tickets.Channel;
import io.resuelve.tickets.Priority;
import io.resuelve.tickets.TicketStatus;

/** A ticket in the REST API. Status values are the lifecycle's enum names; {@code statusLabel} is for people. */
record TicketJson(long number, String subject, String description, String type, TicketStatus status,
        String statusLabel, Priority priority, Channel channel, PersonJson requester, OrganizationJson organization,
        List<String> cc, PersonJson assignee, Long groupId, Long brandId, Long productId, String country,
        String taxId, String companyName, String contactPhone, List<String> tags, String rejectionReason,
        Instant createdAt, Instant lastActivityAt, Instant firstResponseAt, Instant resolvedAt, Instant closedAt) {

    record PersonJson(Long id, String email, String name) {
    }

    record OrganizationJson(Long id, String name) {
    }
}
