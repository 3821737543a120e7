package io.resuelve.tickets;

import java.util.List;
import java.util.Set;

/** Everything a new ticket starts with, after the management layer resolved people and checked the catalogue. */
record TicketDraft(String subject, String description, String type, Priority priority, Channel channel,
        Long requesterId, Long organisationId, Set<Long> ccIds, Long brandId, Long productId, String country,
        String taxId, String companyName, String contactPhone, List<CustomValue> customValues,
        Priority suggestedPriority, TicketForms.QualityMark quality) {

    TicketDraft {
        customValues = customValues == null ? List.of() : List.copyOf(customValues);
    }

    TicketDraft(String subject, String description, String type, Priority priority, Channel channel,
            Long requesterId, Long organisationId, Set<Long> ccIds, Long brandId, Long productId, String country,
            String taxId, String companyName, String contactPhone) {
        this(subject, description, type, priority, channel, requesterId, organisationId, ccIds, brandId, productId,
                country, taxId, companyName, contactPhone, List.of(), null, null);
    }

    /** The same draft with its quality, as the coach scored it. */
    TicketDraft scored(TicketForms.QualityMark mark) {
        return new TicketDraft(subject, description, type, priority, channel, requesterId, organisationId, ccIds,
                brandId, productId, country, taxId, companyName, contactPhone, customValues, suggestedPriority, mark);
    }
}
