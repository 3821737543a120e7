package io.resuelve.accounts;

/** What a person is to the help desk. */
public enum Role {
    /** Someone who asks for help; sees only the tickets their scope allows. */
    CUSTOMER,
    /** Support staff; works tickets. */
    AGENT,
    /** Support staff who also configures the help desk. */
    ADMIN;

    public boolean isStaff() {
        return this != CUSTOMER;
    }
}
