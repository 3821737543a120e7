package io.resuelve.mail;

/**
 * The outcome of taking in one raw mail.
 *
 * @param inboundId    the stored incoming mail
 * @param status       what became of it
 * @param ticketNumber the ticket it opened or joined, if any
 * @param duplicate    it had been taken in before: nothing was done this time
 */
public record IngestResult(long inboundId, InboundStatus status, Long ticketNumber, boolean duplicate) {
}
