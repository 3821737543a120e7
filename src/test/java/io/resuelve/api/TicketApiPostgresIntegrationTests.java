package io.resuelve.api;

import io.resuelve.support.EmbeddedPostgres;
import io.resuelve.support.ResuelveIntegrationTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The API lifecycle on a real PostgreSQL server, as in production. */
@ResuelveIntegrationTest
class TicketApiPostgresIntegrationTests extends AbstractTicketApiIntegrationTests {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        EmbeddedPostgres.register(registry);
    }
}
