package io.resuelve.shared;

/** A value the caller sent breaks a rule (400); {@code field} names it when there is one. */
public class InvalidInputException extends DomainException {

    private final String field;

    public InvalidInputException(String field, String messageKey, Object... arguments) {
        super(messageKey, "Invalid " + field, arguments);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
