package io.resuelve.mail.inbound;

/**
 * One mailbox of a header.
 *
 * @param address the address as written, lower-cased domain untouched; never {@code null}
 * @param name    the display name, RFC 2047 decoded, on one line (plain text: callers escape it); empty when absent
 */
public record MailAddress(String address, String name) {

    public MailAddress {
        address = address == null ? "" : address;
        name = name == null ? "" : name;
    }
}
