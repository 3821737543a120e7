package io.resuelve.agent;

import io.resuelve.support.ResuelveIntegrationTest;

/** The agent queue on H2, the default database. */
@ResuelveIntegrationTest
class QueueIntegrationTests extends AbstractQueueIntegrationTests {
}
