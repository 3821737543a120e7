package io.resuelve.tickets;

import java.time.Instant;
import java.util.Set;

/** A ticket as read by callers that may see it; {@code mergedInto} is the number of the ticket it was merged into. */
public record TicketView(Long id, long number, String subject, String description, String type, Priority priority,
        TicketStatus status, Channel channel, Long requesterId, Long organisationId, Set<Long> ccIds,
        Set<String> tags, Long brandId, Long productId, String country, String taxId, String companyName,
        String contactPhone, Long assigneeId, Long groupId, String rejectionReason, Long followUpOfId,
        Instant createdAt, Instant lastActivityAt, Instant firstResponseAt, Instant resolvedAt, Instant closedAt,
        Long mergedInto, String descriptionQuoted) {
}
