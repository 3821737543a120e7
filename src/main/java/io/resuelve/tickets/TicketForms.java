package io.resuelve.tickets;

import java.util.List;
import java.util.Map;

import io.resuelve.accounts.Actor;

/**
 * What the tickets module asks of the request types (implemented by the forms module): which custom values a
 * ticket of a type may carry, converted to their kind, and which of them a reader may see. Submitted values are
 * keyed by field key, each with one or more texts (several for a multi-select).
 */
public interface TicketForms {

    /**
     * Checks the values sent with a new ticket of {@code typeCode} by {@code by}; refuses with an
     * {@link io.resuelve.shared.InvalidInputException} naming the field. Also suggests a priority from the impact.
     */
    FiledForm file(String typeCode, Priority chosen, Map<String, List<String>> submitted, Actor by);

    /**
     * Checks values changed on an existing ticket: {@code submitted} replaces the fields it names, others stay.
     * Returns the complete new list of values.
     */
    List<CustomValue> edit(String typeCode, List<CustomValue> current, Map<String, List<String>> submitted,
            Actor by);

    /** The values {@code reader} may see (customers never see agent-only fields). */
    List<CustomValue> readable(String typeCode, List<CustomValue> values, Actor reader);

    /**
     * The quality of a new ticket as the coach sees it, stored with the ticket when it is created (every channel).
     * Refuses a customer's new ticket (portal or API) when a quality rule an administrator made blocking for its type
     * finds a problem, with an {@link io.resuelve.shared.InvalidInputException} saying what to fix. Tickets filed by
     * agents or taken in from mail are never refused: they only get their score. By default nothing is scored.
     *
     * @param language the requester's language: the text's language is guessed, this is the fallback for short texts
     * @return the score and the ids of the rules that found something, or {@code null} when nothing is scored
     */
    default QualityMark quality(String typeCode, String subject, String description, List<CustomValue> values,
            int attachments, java.util.Locale language, Actor by) {
        return null;
    }

    /** Whether {@code typeCode} is a known request type agents may move a ticket to. */
    boolean exists(String typeCode);

    /** The checked values of a new ticket and the priority its impact suggests ({@code null}: no suggestion). */
    record FiledForm(List<CustomValue> values, Priority suggestedPriority) {
    }

    /** A new ticket's quality score (0–100) and the ids of the quality rules that found something. */
    record QualityMark(int score, List<String> findings) {

        public QualityMark {
            findings = findings == null ? List.of() : List.copyOf(findings);
        }
    }
}
