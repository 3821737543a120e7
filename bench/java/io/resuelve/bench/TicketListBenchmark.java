package io.resuelve.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import javax.sql.DataSource;

import io.resuelve.ResuelveApplication;
import io.resuelve.accounts.Actor;
import io.resuelve.accounts.Role;
import io.resuelve.tickets.TicketQueries;
import io.resuelve.tickets.TicketQuery;
import io.resuelve.tickets.TicketScope;
import io.resuelve.tickets.TicketSort;
import io.resuelve.tickets.TicketStatus;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

/**
 * Times the agents' queues on 100,000 generated tickets: "Todos abiertos" and a view filtered by status, group and
 * a word, through {@link TicketQueries#list} as an agent, and the same SQL through plain JDBC as the baseline, in
 * the same run on an embedded PostgreSQL 16. See BENCHMARKS.md for how to run it and the figures.
 */
public final class TicketListBenchmark {

    private static final Set<TicketStatus> OPEN = Set.of(TicketStatus.NEW, TicketStatus.OPEN,
            TicketStatus.PENDING_CUSTOMER, TicketStatus.ON_HOLD);
    private static final String WORD = "pedidos";
    /**
     * What Hibernate sends for the list, with the same parameters (the page size plus one, to know whether there
     * is a next page).
     */
    private static final String SORT_KEYS = """
            select t.*, lower(t.subject),
            (select lower(u.name) from users u where u.id = t.requester_id),
            coalesce((select lower(o.name) from organisations o where o.id = t.organisation_id), ''),
            coalesce((select lower(u.name) from users u where u.id = t.assignee_id), ''),
            coalesce((select lower(g.name) from agent_groups g where g.id = t.group_id), ''),
            case t.status when 'NEW' then 0 when 'OPEN' then 1 when 'PENDING_CUSTOMER' then 2 when 'ON_HOLD' then 3
            when 'RESOLVED' then 4 else 5 end,
            case t.priority when 'LOW' then 0 when 'NORMAL' then 1 when 'HIGH' then 2 else 3 end
            """;
    // Since V6 the ticket also reads its sort keys (Ticket's @Formula columns): the queue sorts by any column.
    private static final String OPEN_SQL = SORT_KEYS + """
            from tickets t where t.status in (?, ?, ?, ?)
            order by t.last_activity_at desc, t.number desc fetch first ? rows only""";
    private static final String FILTERED_SQL = SORT_KEYS + """
            from tickets t where t.status in (?, ?, ?, ?) and t.group_id = ?
            and (lower(t.subject) like ? escape '\\' or lower(t.description) like ? escape '\\')
            order by t.last_activity_at desc, t.number desc fetch first ? rows only""";

    private final int tickets = Integer.getInteger("bench.tickets", 100_000);
    private final int warmUp = Integer.getInteger("bench.warmup", 200);
    private final int iterations = Integer.getInteger("bench.iterations", 500);

    /** Arguments are passed on to Spring Boot, e.g. {@code --logging.level.org.hibernate.SQL=debug}. */
    public static void main(String[] args) throws Exception {
        new TicketListBenchmark().run(args);
    }

    private void run(String[] extraArguments) throws Exception {
        boolean h2 = "h2".equals(System.getProperty("bench.database"));
        FileSystemUtils.deleteRecursively(Path.of("target", "bench-data"));
        List<String> arguments = new ArrayList<>(List.of("--resuelve.demo-data=false",
                "--resuelve.data-dir=./target/bench-data", "--resuelve.generate-tickets=" + tickets,
                "--server.port=0"));
        arguments.addAll(List.of(extraArguments));
        EmbeddedPostgres postgres = h2 ? null : EmbeddedPostgres.builder().start();
        if (postgres != null) {
            arguments.addAll(List.of("--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                    "--spring.datasource.username=postgres", "--spring.datasource.password=postgres"));
        }
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(ResuelveApplication.class)
                .run(arguments.toArray(String[]::new))) {
            DataSource dataSource = context.getBean(DataSource.class);
            TicketQueries queries = context.getBean(TicketQueries.class);
            // Production has autovacuum's statistics; right after a bulk load they are not there yet.
            execute(dataSource, "analyze");
            // Without per-node timing, which costs more than the query itself on a virtual machine's clock.
            String explain = h2 ? "explain analyze " : "explain (analyze, buffers, timing off) ";
            Actor agent = agent(dataSource);
            long group = groupId(dataSource, "Soporte nivel 1");
            TicketQuery open = new TicketQuery(OPEN, null, null, null, null, null, null, null, null,
                    TicketScope.ALL, TicketSort.RECENT_ACTIVITY, null, 50);
            TicketQuery filtered = new TicketQuery(OPEN, null, null, null, group, null, WORD, null, null,
                    TicketScope.ALL, TicketSort.RECENT_ACTIVITY, null, 50);

            System.out.printf(Locale.ROOT, "%n%,d tickets, %,d open, %,d in the filtered view%n", count(dataSource,
                    "select count(*) from tickets"), count(dataSource, "select count(*) from tickets where status in "
                            + "('NEW', 'OPEN', 'PENDING_CUSTOMER', 'ON_HOLD')"),
                    rows(dataSource, FILTERED_SQL.replace("fetch first ? rows only", ""), group));
            System.out.println(h2 ? "Database: H2 (file, PostgreSQL mode)" : "Database: embedded PostgreSQL 16");
            explain(dataSource, explain + OPEN_SQL, null);
            explain(dataSource, explain + FILTERED_SQL, group);
            List<String> report = new ArrayList<>();
            report.add(time("Todos abiertos — TicketQueries.list", () -> queries.list(open, agent).items().size()));
            report.add(time("Todos abiertos — raw SQL (JDBC)", () -> rows(dataSource, OPEN_SQL, null)));
            report.add(time("Filtered (status + group + \"" + WORD + "\") — TicketQueries.list",
                    () -> queries.list(filtered, agent).items().size()));
            report.add(time("Filtered (status + group + \"" + WORD + "\") — raw SQL (JDBC)",
                    () -> rows(dataSource, FILTERED_SQL, group)));
            System.out.printf(Locale.ROOT, "%n%d warm-up + %d timed iterations each, in ms%n%n", warmUp, iterations);
            System.out.println("| query | rows | p50 | p95 | p99 | max |");
            System.out.println("|---|---:|---:|---:|---:|---:|");
            report.forEach(System.out::println);
        } finally {
            if (postgres != null) {
                postgres.close();
            }
        }
    }

    private interface Query {
        int run() throws Exception;
    }

    private String time(String name, Query query) throws Exception {
        int rows = 0;
        for (int i = 0; i < warmUp; i++) {
            query.run();
        }
        long[] nanos = new long[iterations];
        for (int i = 0; i < iterations; i++) {
            long start = System.nanoTime();
            rows = query.run();
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        return String.format(Locale.ROOT, "| %s | %d | %.2f | %.2f | %.2f | %.2f |", name, rows,
                percentile(nanos, 50), percentile(nanos, 95), percentile(nanos, 99), nanos[nanos.length - 1] / 1e6);
    }

    private static double percentile(long[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1e6;
    }

    /** Runs the statement and reads every column of every row, as the mapping to entities would. */
    private static int rows(DataSource dataSource, String sql, Long group) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = prepare(connection, sql, group);
                ResultSet result = statement.executeQuery()) {
            int rows = 0;
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                for (int c = 1; c <= columns; c++) {
                    result.getObject(c);
                }
                rows++;
            }
            return rows;
        }
    }

    private static PreparedStatement prepare(Connection connection, String sql, Long group) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        int p = 1;
        for (TicketStatus status : List.of(TicketStatus.NEW, TicketStatus.OPEN, TicketStatus.PENDING_CUSTOMER,
                TicketStatus.ON_HOLD)) {
            statement.setString(p++, status.name());
        }
        if (group != null) {
            statement.setLong(p++, group);
            statement.setString(p++, "%" + WORD + "%");
            statement.setString(p++, "%" + WORD + "%");
        }
        if (sql.contains("fetch first ?")) {
            statement.setInt(p, 51);
        }
        return statement;
    }

    private static void explain(DataSource dataSource, String sql, Long group) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = prepare(connection, sql, group);
                ResultSet result = statement.executeQuery()) {
            System.out.println();
            while (result.next()) {
                System.out.println(result.getString(1));
            }
        }
    }

    private static Actor agent(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "select id, email from users where role = 'AGENT' order by id fetch first 1 rows only");
                ResultSet result = statement.executeQuery()) {
            result.next();
            return new Actor(result.getLong(1), Role.AGENT, null, result.getString(2));
        }
    }

    private static long groupId(DataSource dataSource, String name) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "select id from agent_groups where name = ?")) {
            statement.setString(1, name);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    private static long count(DataSource dataSource, String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql);
                ResultSet result = statement.executeQuery()) {
            result.next();
            return result.getLong(1);
        }
    }

    private static void execute(DataSource dataSource, String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            execute(connection, sql);
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.execute();
        }
    }
}
