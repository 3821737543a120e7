package io.resuelve.mail;

import io.resuelve.support.ResuelveIntegrationTest;

/** The outbox on the embedded default database, H2 in PostgreSQL mode. */
@ResuelveIntegrationTest
class MailOutboxH2IntegrationTests extends AbstractMailOutboxIntegrationTests {
}
