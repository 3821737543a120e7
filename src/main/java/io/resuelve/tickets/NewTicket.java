package io.resuelve.tickets;

import java.util.List;
import java.util.Map;

/**
 * A ticket to file. {@code requesterEmail}: a customer files for themselves (or a colleague of the same
 * organisation); an agent files for anyone, and an unknown e-mail becomes a new customer. {@code customFields}
 * are the values of the request type's fields as sent (keyed by field key), checked by {@link TicketForms}.
 */
public record NewTicket(String subject, String description, String type, Priority priority, Channel channel,
        String requesterEmail, List<String> cc, Long brandId, Long productId, String country, String taxId,
        String companyName, String contactPhone, Map<String, List<String>> customFields) {

    public NewTicket {
        customFields = customFields == null ? Map.of() : customFields;
    }

    /** A ticket without custom values. */
    public NewTicket(String subject, String description, String type, Priority priority, Channel channel,
            String requesterEmail, List<String> cc, Long brandId, Long productId, String country, String taxId,
            String companyName, String contactPhone) {
        this(subject, description, type, priority, channel, requesterEmail, cc, brandId, productId, country, taxId,
                companyName, contactPhone, Map.of());
    }

    public static NewTicket of(String subject, String description, String requesterEmail) {
        return new NewTicket(subject, description, null, Priority.NORMAL, Channel.API, requesterEmail, List.of(),
                null, null, null, null, null, null);
    }

    /** The same ticket with these custom values. */
    public NewTicket withCustomFields(Map<String, List<String>> values) {
        return new NewTicket(subject, description, type, priority, channel, requesterEmail, cc, brandId, productId,
                country, taxId, companyName, contactPhone, values);
    }
}
