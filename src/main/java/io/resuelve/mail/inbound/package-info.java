/**
 * Incoming mail, parsing core: raw RFC 5322 bytes become a {@link io.resuelve.mail.inbound.ParsedMail} (decoded
 * headers, bodies, attachments, the reply's new text apart from the quoted rest) with pure functions and no I/O.
 */
package io.resuelve.mail.inbound;
