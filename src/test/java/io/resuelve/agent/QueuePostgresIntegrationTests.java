package io.resuelve.agent;

import io.resuelve.support.EmbeddedPostgres;
import io.resuelve.support.ResuelveIntegrationTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The agent queue on a real PostgreSQL server, as in production. */
@ResuelveIntegrationTest
class QueuePostgresIntegrationTests extends AbstractQueueIntegrationTests {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        EmbeddedPostgres.register(registry);
    }
}
