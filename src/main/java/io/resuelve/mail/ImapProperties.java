package io.resuelve.mail;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The first IMAP mailbox, by settings ({@code RESUELVE_MAIL_IMAP_*}); more are added by admins. Unset host: none.
 *
 * @param host     the IMAP server
 * @param port     its port (993 for IMAPS)
 * @param username the mailbox's user
 * @param password its password
 * @param ssl      IMAP over TLS (IMAPS); otherwise plain IMAP, upgraded with STARTTLS when the server offers it
 * @param folder   the folder to read
 */
@ConfigurationProperties("resuelve.mail.imap")
record ImapProperties(String host, @DefaultValue("993") int port, String username, String password,
        @DefaultValue("true") boolean ssl, @DefaultValue("INBOX") String folder) {

    boolean configured() {
        return host != null && !host.isBlank();
    }
}
