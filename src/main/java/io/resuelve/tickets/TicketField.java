package io.resuelve.tickets;

import java.util.Arrays;
import java.util.Optional;

import io.resuelve.accounts.Actor;

/**
 * The editable fields of a ticket and who may edit them after creation: the allow-list of seed 002 ("El cliente
 * puede actualizar estos datos, excepto: país, brand, producto y estado").
 */
public enum TicketField {
    SUBJECT("subject", false),
    TYPE("type", false),
    PRIORITY("priority", false),
    BRAND("brandId", false),
    PRODUCT("productId", false),
    COUNTRY("country", false),
    TAX_ID("taxId", true),
    COMPANY_NAME("companyName", true),
    CONTACT_PHONE("contactPhone", true),
    CC("cc", true),
    TAGS("tags", false),
    ASSIGNEE("assignee", false),
    GROUP("groupId", false),
    /** Agents set the status within the lifecycle; customers only through the actions (close, confirm…). */
    STATUS("status", false),
    /** Never edited once filed; listed so that a request naming them is refused, not silently ignored. */
    REQUESTER("requesterEmail", false),
    ORGANISATION("organizationId", false);

    private final String apiName;
    private final boolean customerEditable;

    TicketField(String apiName, boolean customerEditable) {
        this.apiName = apiName;
        this.customerEditable = customerEditable;
    }

    /** The JSON property name in the REST API. */
    public String apiName() {
        return apiName;
    }

    public boolean editableBy(Actor actor) {
        return actor.isStaff() || customerEditable;
    }

    public static Optional<TicketField> byApiName(String name) {
        return Arrays.stream(values()).filter(f -> f.apiName.equals(name)).findFirst();
    }
}
