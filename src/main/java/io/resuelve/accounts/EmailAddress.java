package io.resuelve.accounts;

import java.util.Locale;
import java.util.regex.Pattern;

import io.resuelve.shared.InvalidInputException;

/** A syntactically valid e-mail address, trimmed and lower-cased; never contains CR, LF or other controls. */
public record EmailAddress(String value) {

    // Deliberately plain: local@domain.tld with no whitespace or control characters.
    private static final Pattern SHAPE = Pattern.compile("^[^@\\s\\p{Cntrl}\\u2028\\u2029<>,;\"]+@[^@\\s\\p{Cntrl}\\u2028\\u2029<>,;\"]+\\.[^@\\s\\p{Cntrl}\\u2028\\u2029<>,;\"]+$");

    public EmailAddress {
        if (value == null || value.length() > 320 || !SHAPE.matcher(value).matches()) {
            throw new InvalidInputException("email", "error.email.invalid", value);
        }
    }

    public static EmailAddress of(String raw) {
        return new EmailAddress(raw == null ? null : raw.trim().toLowerCase(Locale.ROOT));
    }

    public String domain() {
        return value.substring(value.indexOf('@') + 1);
    }

    @Override
    public String toString() {
        return value;
    }
}
