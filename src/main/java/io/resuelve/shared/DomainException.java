package io.resuelve.shared;

import java.util.Arrays;

/**
 * Base of every rule a module refuses to break. Carries a message key and its arguments so that the web layer
 * can answer in the caller's language; {@link #getMessage()} is an English fallback for logs.
 */
public abstract class DomainException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    protected DomainException(String messageKey, String fallback, Object... arguments) {
        super(fallback);
        this.messageKey = messageKey;
        this.arguments = arguments == null ? new Object[0] : arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return Arrays.copyOf(arguments, arguments.length);
    }
}
