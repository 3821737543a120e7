package io.resuelve.mail;

/**
 * Where a raw mail came from. IMAP mail carries its mailbox, UIDVALIDITY and UID, which identify it for good.
 *
 * @param channel IMAP, API (posted by an MTA or webhook) or PIPE (the command line)
 */
public record InboundSource(String channel, Long mailboxId, Long uidValidity, Long uid) {

    public static InboundSource imap(long mailboxId, long uidValidity, long uid) {
        return new InboundSource("IMAP", mailboxId, uidValidity, uid);
    }

    public static InboundSource api() {
        return new InboundSource("API", null, null, null);
    }

    public static InboundSource pipe() {
        return new InboundSource("PIPE", null, null, null);
    }
}
