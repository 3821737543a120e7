package io.resuelve.tickets.api;

import java.time.Instant;
import java.util.List;

import io.resuelve.tickets.Channel;
import io.resuelve.tickets.Priority;
import io.resuelve.tickets.TicketStatus;

/**
 * A ticket in the REST API. Status values are the lifecycle's enum names; {@code statusLabel} is for people.
 * {@code attachments} (files sent with the ticket itself) is filled when one ticket is read, null in lists.
 * {@code mergedInto} is the number of the ticket a merged (closed) ticket continues in.
 */
record TicketJson(long number, String subject, String description, String type, TicketStatus status,
        String statusLabel, Priority priority, Channel channel, PersonJson requester, OrganizationJson organization,
        List<String> cc, PersonJson assignee, Long groupId, Long brandId, Long productId, String country,
        String taxId, String companyName, String contactPhone, List<String> tags, String rejectionReason,
        Long mergedInto, Instant createdAt, Instant lastActivityAt, Instant firstResponseAt, Instant resolvedAt, Instant closedAt,
        List<MessageJson.AttachmentJson> attachments) {

    /** The same ticket with the files sent along with it (its description's attachments). */
    TicketJson withAttachments(List<MessageJson.AttachmentJson> files) {
        return new TicketJson(number, subject, description, type, status, statusLabel, priority, channel, requester,
                organization, cc, assignee, groupId, brandId, productId, country, taxId, companyName, contactPhone, tags,
                rejectionReason, mergedInto, createdAt, lastActivityAt, firstResponseAt, resolvedAt, closedAt, files);
    }

    record PersonJson(Long id, String email, String name) {
    }

    record OrganizationJson(Long id, String name) {
    }
}
