package io.resuelve.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The generator on the real schema (H2 in PostgreSQL mode, migrated by Flyway), without the application. */
class TicketGeneratorTests {

    private static final Instant NOW = Instant.parse("2026-03-02T13:00:00Z");

    private DriverManagerDataSource dataSource;
    private JdbcTemplate jdbc;

    @BeforeEach
    void migrate() {
        dataSource = new DriverManagerDataSource("jdbc:h2:mem:" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        jdbc = new JdbcTemplate(dataSource);
    }

    @Test
    void fillsTheSchemaWithNumberedTicketsSpreadOverTwoYears() throws Exception {
        generator().generate(2500);

        assertThat(count("select count(*) from tickets")).isEqualTo(2500);
        assertThat(count("select count(distinct number) from tickets")).isEqualTo(2500);
        assertThat(count("select min(number) from tickets")).isEqualTo(1001);
        assertThat(count("select count(*) from tickets where status = 'CLOSED'")).isGreaterThan(1500);
        assertThat(count("select count(*) from tickets where status in ('NEW', 'OPEN', 'PENDING_CUSTOMER', "
                + "'ON_HOLD')")).isBetween(100L, 600L);
        assertThat(count("select count(*) from tickets where status = 'NEW' and assignee_id is not null")).isZero();
        assertThat(count("select count(*) from tickets where last_activity_at < created_at")).isZero();
        assertThat(count("select count(*) from tickets where lower(subject) like '%pedidos%'")).isPositive();
        assertThat(jdbc.queryForObject("select min(last_activity_at) from tickets", Instant.class))
                .isAfter(NOW.minusSeconds(731L * 86_400)).isBefore(NOW.minusSeconds(300L * 86_400));
        assertThat(count("select count(*) from ticket_changes")).isGreaterThan(2500);
    }

    @Test
    void ticketsAnAgentTookHaveAThreadOfRepliesAndNotes() throws Exception {
        generator().generate(2000);

        assertThat(count("select count(*) from messages m join tickets t on t.id = m.ticket_id "
                + "where t.assignee_id is null")).as("untaken tickets have no thread").isZero();
        assertThat(count("select count(*) from tickets t where t.assignee_id is not null and not exists "
                + "(select 1 from messages m where m.ticket_id = t.id)")).as("every taken ticket has a reply").isZero();
        assertThat(count("select count(*) from messages")).isBetween(3000L, 6000L);
        assertThat(count("select count(*) from messages where internal")).isBetween(300L, 800L);
        assertThat(count("select count(*) from messages m join tickets t on t.id = m.ticket_id where m.internal "
                + "and m.author_id <> t.assignee_id")).as("notes are the agent's").isZero();
        assertThat(count("select count(*) from messages m join tickets t on t.id = m.ticket_id "
                + "where m.created_at < t.created_at or m.created_at > t.last_activity_at")).isZero();
        assertThat(count("select count(*) from messages where body_text like 'Hola %' and not internal"))
                .isPositive();
    }

    @Test
    void aSecondRunReusesOrganisationsPeopleAndGroups() throws Exception {
        generator().generate(10);
        long people = count("select count(*) from users");
        long organisations = count("select count(*) from organisations");

        generator().generate(10);

        assertThat(count("select count(*) from tickets")).isEqualTo(20);
        assertThat(count("select count(*) from users")).isEqualTo(people);
        assertThat(count("select count(*) from organisations")).isEqualTo(organisations).isEqualTo(150);
        assertThat(count("select count(*) from agent_groups")).isEqualTo(4);
    }

    private TicketGenerator generator() {
        return new TicketGenerator(dataSource, Clock.fixed(NOW, ZoneOffset.UTC), 2026);
    }

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }
}
