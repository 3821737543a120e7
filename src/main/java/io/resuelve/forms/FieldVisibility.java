package io.resuelve.forms;

/** Who sees and fills a custom field. */
public enum FieldVisibility {
    /** Customers see it and fill it in when filing; agents too. */
    CUSTOMER_EDITABLE,
    /** Customers see it on their ticket, only agents fill it in. */
    CUSTOMER_READ_ONLY,
    /** Internal: customers never see it, in the portal or the API. */
    AGENTS_ONLY;

    public boolean customerSees() {
        return this != AGENTS_ONLY;
    }

    public boolean customerFills() {
        return this == CUSTOMER_EDITABLE;
    }

    public String labelKey() {
        return "forms.visibility." + name();
    }
}
