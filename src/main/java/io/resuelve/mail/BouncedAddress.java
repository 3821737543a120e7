package io.resuelve.mail;

import java.time.Instant;

/**
 * An address a delivery failure report named: ticket mail to it is held back until the person writes again or an
 * administrator clears the mark.
 *
 * @param reason       what the receiving server said, e.g. {@code smtp; 550 5.1.1 User unknown}
 * @param ticketNumber the ticket whose mail bounced last, if known
 * @param bouncedAt    the last bounce
 * @param bounces      how many reports named it
 */
public record BouncedAddress(String address, String reason, Long ticketNumber, Instant bouncedAt, int bounces) {
}
