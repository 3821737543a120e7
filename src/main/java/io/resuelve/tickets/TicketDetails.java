package io.resuelve.tickets;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * The "Detalle del ticket" of seed 002: what the ticket is about and who to contact. Part of the Ticket aggregate;
 * only the aggregate changes it, after checking who may change which field.
 */
@Embeddable
class TicketDetails {

    private String subject;
    private String description;
    private String type;
    @Enumerated(EnumType.STRING)
    private Priority priority;
    private Long brandId;
    private Long productId;
    private String country;
    private String taxId;
    private String companyName;
    private String contactPhone;
    private String descriptionQuoted;
    private String descriptionHtml;

    protected TicketDetails() {
    }

    static TicketDetails of(TicketDraft draft) {
        TicketDetails details = new TicketDetails();
        details.subject = draft.subject();
        details.description = draft.description();
        details.type = draft.type();
        details.priority = draft.priority() == null ? Priority.NORMAL : draft.priority();
        details.brandId = draft.brandId();
        details.productId = draft.productId();
        details.country = draft.country();
        details.taxId = draft.taxId();
        details.companyName = draft.companyName();
        details.contactPhone = draft.contactPhone();
        return details;
    }

    /** Whether {@code field} is one of these details (the others are people, status and tags). */
    static boolean holds(TicketField field) {
        return switch (field) {
            case SUBJECT, TYPE, PRIORITY, BRAND, PRODUCT, COUNTRY, TAX_ID, COMPANY_NAME, CONTACT_PHONE -> true;
            default -> false;
        };
    }

    /** Sets one detail and returns its previous value. */
    Object set(TicketField field, Object value) {
        Object previous = get(field);
        switch (field) {
            case SUBJECT -> subject = (String) value;
            case TYPE -> type = (String) value;
            case PRIORITY -> priority = (Priority) value;
            case BRAND -> brandId = (Long) value;
            case PRODUCT -> productId = (Long) value;
            case COUNTRY -> country = (String) value;
            case TAX_ID -> taxId = (String) value;
            case COMPANY_NAME -> companyName = (String) value;
            case CONTACT_PHONE -> contactPhone = (String) value;
            default -> throw new IllegalArgumentException(field + " is not a ticket detail");
        }
        return previous;
    }

    Object get(TicketField field) {
        return switch (field) {
            case SUBJECT -> subject;
            case TYPE -> type;
            case PRIORITY -> priority;
            case BRAND -> brandId;
            case PRODUCT -> productId;
            case COUNTRY -> country;
            case TAX_ID -> taxId;
            case COMPANY_NAME -> companyName;
            case CONTACT_PHONE -> contactPhone;
            default -> throw new IllegalArgumentException(field + " is not a ticket detail");
        };
    }

    String subject() {
        return subject;
    }

    void keepDescriptionQuote(String quoted) {
        descriptionQuoted = quoted == null || quoted.isBlank() ? null
                : quoted.length() > Message.MAX_QUOTE ? quoted.substring(0, Message.MAX_QUOTE) : quoted;
    }

    /** The sanitized HTML of the mail that opened the ticket (sanitized by the caller, as for messages). */
    void keepDescriptionHtml(String html) {
        descriptionHtml = html == null || html.isBlank() || html.length() > Message.MAX_QUOTE ? null : html;
    }

    String descriptionHtml() {
        return descriptionHtml;
    }

    String descriptionQuoted() {
        return descriptionQuoted;
    }

    String description() {
        return description;
    }

    String type() {
        return type;
    }

    Priority priority() {
        return priority;
    }

    Long brandId() {
        return brandId;
    }

    Long productId() {
        return productId;
    }

    String country() {
        return country;
    }

    String taxId() {
        return taxId;
    }

    String companyName() {
        return companyName;
    }

    String contactPhone() {
        return contactPhone;
    }
}
