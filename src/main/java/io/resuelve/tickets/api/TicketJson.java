package io.resuelve.tickets.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.resuelve.tickets.Channel;
import io.resuelve.tickets.Priority;
import io.resuelve.tickets.TicketStatus;

/**
 * A ticket in the REST API. Status values are the lifecycle's enum names; {@code statusLabel} is for people.
 * {@code attachments} (files sent with the ticket itself) is filled when one ticket is read, null in lists.
 * {@code mergedInto} is the number of the ticket a merged (closed) ticket continues in. {@code customFields} holds
 * the request type's values the caller may see, keyed by field key (a list for a multi-select, ISO text for dates);
 * {@code suggestedPriority} is what the impact described suggests; {@code qualityScore} the quality coach's 0–100.
 */
record TicketJson(long number, String subject, String description, String type, TicketStatus status,
        String statusLabel, Priority priority, Channel channel, PersonJson requester, OrganizationJson organization,
        List<String> cc, PersonJson assignee, Long groupId, Long brandId, Long productId, String country,
        String taxId, String companyName, String contactPhone, List<String> tags, String rejectionReason,
        Long mergedInto, Instant createdAt, Instant lastActivityAt, Instant firstResponseAt, Instant resolvedAt, Instant closedAt,
        List<MessageJson.AttachmentJson> attachments, Map<String, Object> customFields, Priority suggestedPriority,
        Integer qualityScore) {

    /** The same ticket with the files sent along with it (its description's attachments). */
    TicketJson withAttachments(List<MessageJson.AttachmentJson> files) {
        return new TicketJson(number, subject, description, type, status, statusLabel, priority, channel, requester,
                organization, cc, assignee, groupId, brandId, productId, country, taxId, companyName, contactPhone, tags,
                rejectionReason, mergedInto, createdAt, lastActivityAt, firstResponseAt, resolvedAt, closedAt, files,
                customFields, suggestedPriority, qualityScore);
    }

    record PersonJson(Long id, String email, String name) {
    }

    record OrganizationJson(Long id, String name) {
    }
}
