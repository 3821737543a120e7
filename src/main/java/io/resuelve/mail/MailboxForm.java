package io.resuelve.mail;

/**
 * What an admin enters for an IMAP mailbox. On a change a blank {@code password} keeps the one stored.
 *
 * @param brandId the brand of the tickets it opens; {@code null} for none
 * @param groupId the agent group its new tickets are meant for; {@code null} for none
 */
public record MailboxForm(String name, String host, Integer port, Boolean ssl, String username, String password,
        String folder, Long brandId, Long groupId) {

    /** Whether to connect over SSL/TLS; an unticked box is not sent at all. */
    public boolean secure() {
        return Boolean.TRUE.equals(ssl);
    }
}
