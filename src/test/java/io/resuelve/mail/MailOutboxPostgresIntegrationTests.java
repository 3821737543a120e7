package io.resuelve.mail;

import io.resuelve.support.EmbeddedPostgres;
import io.resuelve.support.ResuelveIntegrationTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The outbox on a real PostgreSQL server, as in production. */
@ResuelveIntegrationTest
class MailOutboxPostgresIntegrationTests extends AbstractMailOutboxIntegrationTests {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        EmbeddedPostgres.register(registry);
    }
}
