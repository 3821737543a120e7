package io.resuelve.mail;

/** Where a mail of the outbox is. */
public enum MailStatus {
    /** Waiting for its next attempt (or for SMTP to be configured). */
    PENDING,
    /** Accepted by the SMTP server. */
    SENT,
    /** Every attempt failed; kept with its last error for admins. */
    DEAD,
    /** Never sent: an automatic reply over the hourly limit for its address (mail loop protection). */
    SUPPRESSED
}
