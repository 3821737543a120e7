package io.resuelve.shared;

/** The request is well-formed but the current state does not allow it, e.g. an illegal status move (409). */
public class ConflictException extends DomainException {

    public ConflictException(String messageKey, Object... arguments) {
        super(messageKey, "Conflict with the current state", arguments);
    }
}
