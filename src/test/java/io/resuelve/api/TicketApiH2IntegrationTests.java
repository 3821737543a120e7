package io.resuelve.api;

import io.resuelve.support.ResuelveIntegrationTest;

/** The API lifecycle on the embedded default database, H2 in PostgreSQL mode. */
@ResuelveIntegrationTest
class TicketApiH2IntegrationTests extends AbstractTicketApiIntegrationTests {
}
