package io.resuelve.tickets.api;

import java.util.List;

import io.resuelve.tickets.Priority;
import tools.jackson.databind.JsonNode;
import io.resuelve.tickets.TicketStatus;

/** Request bodies of the tickets API. */
final class Requests {

    private Requests() {
    }

    record CreateTicket(String subject, String description, String type, Priority priority, String requesterEmail,
            List<String> cc, Long brandId, Long productId, String country, String taxId, String companyName,
            String contactPhone, JsonNode customFields) {
    }

    record AddMessage(String body, Boolean internal, TicketStatus status) {
    }

    record Confirmation(Boolean solved, String comment) {
    }

    /** {@code notifyRequesters} (default true): the notes about the merge are public replies. */
    record Merge(Long into, Boolean notifyRequesters) {
    }

    record Rejection(String reason) {
    }

    record ReturnToRequester(List<String> missing, String message) {
    }
}
