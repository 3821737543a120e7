package io.resuelve.shared;

/** The thing does not exist, or the caller may not know that it exists (always answered as 404). */
public class NotFoundException extends DomainException {

    public NotFoundException(String messageKey, Object... arguments) {
        super(messageKey, "Not found", arguments);
    }
}
