package io.resuelve.mail;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

/**
 * Keeps user data from forging mail headers: a name or subject with a line break could otherwise add a header
 * ({@code "Ana\r\nBcc: someone@example.com"}).
 */
final class MailHeaders {

    // Control characters (CR, LF, NEL, TAB …) and the Unicode line and paragraph separators.
    private static final Pattern UNSAFE = Pattern.compile("[\\p{Cc}\\u2028\\u2029]+");
    private static final Pattern ADDRESS = Pattern.compile("[^@\\s\\p{Cntrl}\\u2028\\u2029<>,;:\"()\\[\\]\\\\]+"
            + "@[^@\\s\\p{Cntrl}\\u2028\\u2029<>,;:\"()\\[\\]\\\\]+\\.[^@\\s\\p{Cntrl}\\u2028\\u2029<>,;:\"()\\[\\]\\\\]+");

    private MailHeaders() {
    }

    /** The text on one line: every control character or line separator becomes a space. {@code null} stays. */
    static String sanitize(String text) {
        return text == null ? null : UNSAFE.matcher(text).replaceAll(" ").strip();
    }

    /**
     * One mailbox, {@code "Name" <address>}: the name is sanitized (and left out when blank), the address must be a
     * single plain {@code local@domain.tld}.
     *
     * @throws IllegalArgumentException when the address is anything else
     */
    static InternetAddress mailbox(String address, String name) {
        if (address == null || !ADDRESS.matcher(address).matches()) {
            throw new IllegalArgumentException("Not a single plain e-mail address: " + sanitize(address));
        }
        try {
            InternetAddress mailbox = new InternetAddress(address, true);
            String personal = sanitize(name);
            if (personal != null && !personal.isEmpty()) {
                mailbox.setPersonal(personal, StandardCharsets.UTF_8.name());
            }
            return mailbox;
        } catch (AddressException | UnsupportedEncodingException e) {
            throw new IllegalArgumentException("Not a single plain e-mail address: " + address, e);
        }
    }
}
