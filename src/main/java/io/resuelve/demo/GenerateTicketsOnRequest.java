package io.resuelve.demo;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Generates volume tickets when started with {@code --resuelve.generate-tickets=N} (100,000 when no number is
 * given), after the demo data so a first start still gets the seeds' scenarios. Never active otherwise.
 */
@Component
@Order(20)
@ConditionalOnProperty("resuelve.generate-tickets")
class GenerateTicketsOnRequest implements ApplicationRunner {

    static final int DEFAULT_COUNT = 100_000;
    private static final Logger log = LoggerFactory.getLogger(GenerateTicketsOnRequest.class);

    private final DataSource dataSource;
    private final Clock clock;
    private final String count;

    GenerateTicketsOnRequest(DataSource dataSource, Clock clock, @Value("${resuelve.generate-tickets}") String count) {
        this.dataSource = dataSource;
        this.clock = clock;
        this.count = count;
    }

    @Override
    public void run(ApplicationArguments args) throws SQLException {
        int tickets = count.isBlank() ? DEFAULT_COUNT : Integer.parseInt(count.strip());
        log.info("Generating {} tickets", tickets);
        Duration took = new TicketGenerator(dataSource, clock, 2026).generate(tickets);
        log.info("Generated {} tickets in {} s", tickets, took.toSeconds());
    }
}
