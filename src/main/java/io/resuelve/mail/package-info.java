/**
 * Mail. Outgoing: a transactional outbox of mails rendered from templates, sent over SMTP by a locked worker.
 * Incoming: IMAP, API and pipe ingestion of raw mail (kept in storage), parsed and threaded into tickets; the reader
 * tells search not to hold each mail's transaction until the index has it.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "accounts", "tickets", "shared",
        "storage", "search" })
package io.resuelve.mail;
