package io.resuelve.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The whole application on a random port with an in-memory H2 database (PostgreSQL mode), its own data
 * directory, no demo data and a clock tests can move. Classes with the same annotation share one context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "resuelve.demo-data=false",
        "resuelve.data-dir=${java.io.tmpdir}/resuelve-tests/${random.uuid}",
        "resuelve.tickets.attachment-max-size=1MB",
        "spring.datasource.url=jdbc:h2:mem:resuelve-${random.uuid};MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1" })
@Import(TestClockConfiguration.class)
public @interface ResuelveIntegrationTest {
}
