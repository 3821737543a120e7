package io.resuelve.tickets;

import java.util.List;

/**
 * A ticket to file. {@code requesterEmail}: a customer files for themselves (or a colleague of the same
 * organisation); an agent files for anyone, and an unknown e-mail becomes a new customer.
 */
public record NewTicket(String subject, String description, String type, Priority priority, Channel channel,
        String requesterEmail, List<String> cc, Long brandId, Long productId, String country, String taxId,
        String companyName, String contactPhone) {

    public static NewTicket of(String subject, String description, String requesterEmail) {
        return new NewTicket(subject, description, null, Priority.NORMAL, Channel.API, requesterEmail, List.of(),
                null, null, null, null, null, null);
    }
}
