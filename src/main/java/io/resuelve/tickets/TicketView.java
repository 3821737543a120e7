package io.resuelve.tickets;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A ticket as read by callers that may see it; {@code mergedInto} is the number of the ticket it was merged into.
 * {@code customFields} holds every stored value (filter with {@link TicketForms#readable} before showing them to a
 * customer); {@code suggestedPriority} is what the impact the requester described suggests; {@code qualityScore}
 * (0–100) and {@code qualityFindings} are the quality coach's verdict on the first message, when it gave one.
 */
public record TicketView(Long id, long number, String subject, String description, String type, Priority priority,
        TicketStatus status, Channel channel, Long requesterId, Long organisationId, Set<Long> ccIds,
        Set<String> tags, Long brandId, Long productId, String country, String taxId, String companyName,
        String contactPhone, Long assigneeId, Long groupId, String rejectionReason, Long followUpOfId,
        Instant createdAt, Instant lastActivityAt, Instant firstResponseAt, Instant resolvedAt, Instant closedAt,
        Long mergedInto, String descriptionQuoted, List<CustomValue> customFields, Priority suggestedPriority,
        Integer qualityScore, List<String> qualityFindings) {
}
