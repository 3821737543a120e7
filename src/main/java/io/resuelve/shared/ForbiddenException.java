package io.resuelve.shared;

/** The caller may see the thing but is not allowed to do this to it (403). */
public class ForbiddenException extends DomainException {

    public ForbiddenException(String messageKey, Object... arguments) {
        super(messageKey, "Forbidden", arguments);
    }
}
