package io.resuelve.mail;

/** What became of an incoming mail. */
public enum InboundStatus {
    /** It opened a ticket or was added to one. */
    PROCESSED,
    /** Automatic or bulk mail that answers no ticket (out-of-office, newsletters, our own mail coming back). */
    IGNORED,
    /** A delivery failure report, noted on the ticket whose mail bounced. */
    BOUNCED,
    /** It could not be read or taken in: kept raw for an admin to look at and reprocess. */
    QUARANTINED,
    /** Larger than {@code resuelve.mail.max-inbound-size}: kept raw, not taken in; the sender was told once. */
    OVERSIZED
}
