package io.resuelve.shared;

/** Content over a configured size limit (413). */
public class TooLargeException extends DomainException {

    public TooLargeException(String messageKey, Object... arguments) {
        super(messageKey, "Too large", arguments);
    }
}
