package io.resuelve.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fills the database with many realistic tickets through plain JDBC batches, for volume tests and benchmarks. It
 * bypasses the aggregate on purpose (100,000 tickets through {@code TicketManagement} take minutes), so it writes
 * only what the schema requires plus the creation and last status change in the history, and a short thread of
 * replies and internal notes on tickets an agent took (what search and the ticket page read).
 * The people, organisations and groups it needs come from {@link GeneratedPeople}.
 */
final class TicketGenerator {

    private static final Logger log = LoggerFactory.getLogger(TicketGenerator.class);
    private static final int BATCH = 1000;
    private static final Duration SPAN = Duration.ofDays(730);
    private static final List<String> TAGS = List.of("ruta-3", "sincronización", "facturación-electrónica",
            "impresora", "android", "integración-erp", "capacitación", "cierre-de-mes");

    private final DataSource dataSource;
    private final Clock clock;
    private final SplittableRandom random;

    TicketGenerator(DataSource dataSource, Clock clock, long seed) {
        this.dataSource = dataSource;
        this.clock = clock;
        this.random = new SplittableRandom(seed);
    }

    /** Inserts {@code count} tickets, committing every thousand, and returns how long it took. */
    Duration generate(int count) throws SQLException {
        Instant started = Instant.now();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            GeneratedPeople people = GeneratedPeople.ensure(connection);
            connection.commit();
            TicketTexts texts = new TicketTexts(random);
            Instant now = clock.instant();
            for (int done = 0; done < count; done += BATCH) {
                insertBatch(connection, people, texts, now, Math.min(BATCH, count - done));
                connection.commit();
                if ((done + BATCH) % 10_000 == 0) {
                    log.info("Generated {} of {} tickets", done + BATCH, count);
                }
            }
        }
        return Duration.between(started, Instant.now());
    }

    private void insertBatch(Connection connection, GeneratedPeople people, TicketTexts texts, Instant now, int size)
            throws SQLException {
        List<Row> rows = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            rows.add(row(people, texts.next(), now));
        }
        List<Long> ids = new ArrayList<>(size);
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into tickets (number, subject, description, type, priority, status, channel, requester_id,
                    organisation_id, brand_id, product_id, country, tax_id, company_name, assignee_id, group_id,
                    rejection_reason, created_at, last_activity_at, first_response_at, resolved_at, closed_at, version)
                values (nextval('ticket_number_seq'), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)
                """, new String[] { "id" })) {
            for (Row row : rows) {
                row.bind(insert);
                insert.addBatch();
            }
            insert.executeBatch();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                while (keys.next()) {
                    ids.add(keys.getLong(1));
                }
            }
        }
        try (PreparedStatement tags = connection.prepareStatement(
                "insert into ticket_tags (ticket_id, tag) values (?, ?)");
                PreparedStatement history = connection.prepareStatement("""
                        insert into ticket_changes (ticket_id, actor_id, changed_at, field, old_value, new_value)
                        values (?, ?, ?, 'status', ?, ?)""");
                PreparedStatement messages = connection.prepareStatement("""
                        insert into messages (ticket_id, author_id, internal, body_text, created_at)
                        values (?, ?, ?, ?, ?)""")) {
            for (int i = 0; i < rows.size(); i++) {
                Row row = rows.get(i);
                long id = ids.get(i);
                for (String tag : row.tags) {
                    tags.setLong(1, id);
                    tags.setString(2, tag);
                    tags.addBatch();
                }
                change(history, id, row.requesterId, row.createdAt, null, "NEW");
                if (!"NEW".equals(row.status)) {
                    change(history, id, row.assigneeId, row.lastActivityAt, "NEW", row.status);
                }
                thread(messages, id, row, texts);
            }
            tags.executeBatch();
            history.executeBatch();
            messages.executeBatch();
        }
    }

    /**
     * The conversation of a ticket an agent took: the agent's reply, sometimes the customer's answer and another
     * reply, sometimes an internal note; spread between the ticket's creation and its last activity.
     */
    private void thread(PreparedStatement messages, long ticketId, Row row, TicketTexts texts) throws SQLException {
        if (row.assigneeId == null) {
            return;
        }
        int replies = 1 + random.nextInt(4);
        boolean note = random.nextInt(10) < 3;
        int count = replies + (note ? 1 : 0);
        long span = Math.max(1, Duration.between(row.createdAt, row.lastActivityAt).toSeconds());
        for (int i = 0; i < count; i++) {
            boolean internal = note && i == 1;
            int reply = note && i > 1 ? i - 1 : i; // replies alternate, agent first, around the note
            boolean agent = internal || reply % 2 == 0;
            String body = internal ? texts.note() : agent ? texts.agentReply(row.customerName) : texts.customerReply();
            messages.setLong(1, ticketId);
            messages.setLong(2, agent ? row.assigneeId : row.requesterId);
            messages.setBoolean(3, internal);
            messages.setString(4, body);
            messages.setObject(5, utc(row.createdAt.plusSeconds(span * (i + 1) / (count + 1))));
            messages.addBatch();
        }
    }

    private static void change(PreparedStatement history, long ticketId, Long actorId, Instant at, String from,
            String to) throws SQLException {
        history.setLong(1, ticketId);
        history.setObject(2, actorId, Types.BIGINT);
        history.setObject(3, utc(at));
        history.setString(4, from);
        history.setString(5, to);
        history.addBatch();
    }

    private Row row(GeneratedPeople people, TicketTexts.Text text, Instant now) {
        // More tickets lately, as a help desk grows: ages cluster towards the present over two years.
        double u = random.nextDouble();
        Instant lastActivity = now.minusSeconds((long) (SPAN.toSeconds() * u * u));
        long ageDays = Duration.between(lastActivity, now).toDays();
        String status = status(ageDays);
        Instant created = lastActivity.minusSeconds("NEW".equals(status) ? 0 : random.nextLong(20 * 86_400L));
        GeneratedPeople.Customer requester = people.customer(random);
        boolean grouped = !"NEW".equals(status) || random.nextInt(10) < 6;
        Long groupId = grouped ? people.group(text.queue()) : null;
        Long assigneeId = grouped && !"NEW".equals(status) ? people.agent(text.queue(), random) : null;
        GeneratedPeople.Product product = people.product(random);
        Instant firstResponse = "NEW".equals(status) ? null
                : min(created.plusSeconds(600 + random.nextLong(8 * 3600L)), lastActivity);
        boolean done = "RESOLVED".equals(status) || "CLOSED".equals(status);
        String rejection = "CLOSED".equals(status) && random.nextInt(50) == 0
                ? "Fuera del alcance del contrato de soporte." : null;
        List<String> tags = new ArrayList<>(2);
        for (int n = random.nextInt(4) - 1; n > 0; n--) {
            String tag = TAGS.get(random.nextInt(TAGS.size()));
            if (!tags.contains(tag)) {
                tags.add(tag);
            }
        }
        return new Row(text, weighted(PRIORITIES), status, weighted(CHANNELS), requester.id(),
                requester.organisationId(), product.brandId(), product.productId(), requester.country(),
                requester.taxId(), requester.companyName(), assigneeId, groupId, rejection, created, lastActivity,
                firstResponse, done ? lastActivity : null, "CLOSED".equals(status) ? lastActivity : null, tags,
                requester.firstName());
    }

    /** Recent tickets are mostly in progress, older ones mostly closed, as in a real help desk. */
    private String status(long ageDays) {
        return weighted(ageDays < 3 ? LAST_DAYS : ageDays < 30 ? LAST_MONTH : OLDER);
    }

    // Sorted maps: the same seed gives the same tickets in every run.
    private static final Map<String, Integer> LAST_DAYS = new TreeMap<>(Map.of("NEW", 25, "OPEN", 35,
            "PENDING_CUSTOMER", 15, "ON_HOLD", 5, "RESOLVED", 15, "CLOSED", 5));
    private static final Map<String, Integer> LAST_MONTH = new TreeMap<>(Map.of("NEW", 3, "OPEN", 15,
            "PENDING_CUSTOMER", 12, "ON_HOLD", 8, "RESOLVED", 22, "CLOSED", 40));
    private static final Map<String, Integer> OLDER = new TreeMap<>(Map.of("OPEN", 5, "PENDING_CUSTOMER", 5,
            "ON_HOLD", 10, "CLOSED", 980));
    private static final Map<String, Integer> PRIORITIES = new TreeMap<>(Map.of("LOW", 15, "NORMAL", 60, "HIGH", 20,
            "URGENT", 5));
    private static final Map<String, Integer> CHANNELS = new TreeMap<>(Map.of("PORTAL", 45, "EMAIL", 35, "PHONE",
            10, "CHAT", 7, "API", 3));

    private String weighted(Map<String, Integer> weights) {
        int total = weights.values().stream().mapToInt(Integer::intValue).sum();
        int pick = random.nextInt(total);
        for (Map.Entry<String, Integer> entry : weights.entrySet()) {
            pick -= entry.getValue();
            if (pick < 0) {
                return entry.getKey();
            }
        }
        throw new IllegalStateException("unreachable");
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private record Row(TicketTexts.Text text, String priority, String status, String channel, long requesterId,
            long organisationId, long brandId, long productId, String country, String taxId, String companyName,
            Long assigneeId, Long groupId, String rejection, Instant createdAt, Instant lastActivityAt,
            Instant firstResponseAt, Instant resolvedAt, Instant closedAt, List<String> tags, String customerName) {

        void bind(PreparedStatement insert) throws SQLException {
            insert.setString(1, text.subject());
            insert.setString(2, text.description());
            insert.setString(3, text.type());
            insert.setString(4, priority);
            insert.setString(5, status);
            insert.setString(6, channel);
            insert.setLong(7, requesterId);
            insert.setLong(8, organisationId);
            insert.setLong(9, brandId);
            insert.setLong(10, productId);
            insert.setString(11, country);
            insert.setString(12, taxId);
            insert.setString(13, companyName);
            insert.setObject(14, assigneeId, Types.BIGINT);
            insert.setObject(15, groupId, Types.BIGINT);
            insert.setString(16, rejection);
            insert.setObject(17, utc(createdAt));
            insert.setObject(18, utc(lastActivityAt));
            insert.setObject(19, utc(firstResponseAt));
            insert.setObject(20, utc(resolvedAt));
            insert.setObject(21, utc(closedAt));
        }
    }
}
