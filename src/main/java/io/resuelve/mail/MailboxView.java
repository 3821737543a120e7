package io.resuelve.mail;

import java.time.Instant;
import java.util.Map;

/**
 * An IMAP mailbox as admins see it. The password is never part of it: only whether one is set.
 *
 * @param counts incoming mails taken from this mailbox, by what became of them
 */
public record MailboxView(Long id, String name, String host, int port, boolean ssl, String username, String folder,
        Long brandId, Long groupId, boolean enabled, Instant lastPolledAt, String lastError, boolean passwordSet,
        Map<InboundStatus, Long> counts) {

    public MailboxView {
        counts = Map.copyOf(counts);
    }

    public long count(InboundStatus status) {
        return counts.getOrDefault(status, 0L);
    }
}
