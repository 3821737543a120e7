/** Outgoing mail: a transactional outbox of mails rendered from templates, sent over SMTP by a locked worker. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "accounts", "tickets", "shared" })
package io.resuelve.mail;
