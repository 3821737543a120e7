package io.resuelve.tickets;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.resuelve.accounts.AccountManagement;
import io.resuelve.accounts.Actor;
import io.resuelve.accounts.UserView;
import io.resuelve.shared.ForbiddenException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Collision detection: the agents' browsers report every few seconds that they have a ticket open (and whether the
 * reply editor holds text); each report answers with the other agents seen recently and how many messages others
 * wrote since the agent loaded the page. Kept in the database so every node of a cluster sees the same agents.
 * Statements run on their own (no surrounding transaction): a heartbeat must never hold locks.
 */
@Service
public class TicketPresence {

    /** An agent whose browser has not reported for this long has left. Browsers report every 10 seconds. */
    static final Duration FRESH = Duration.ofSeconds(30);
    /** Rows older than this are deleted as heartbeats come in. */
    private static final Duration FORGOTTEN = Duration.ofMinutes(10);

    private final TicketAccess access;
    private final MessageRepository messages;
    private final AccountManagement accounts;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    TicketPresence(TicketAccess access, MessageRepository messages, AccountManagement accounts, JdbcTemplate jdbc,
            Clock clock) {
        this.access = access;
        this.messages = messages;
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Records that the agent has the ticket open and answers who else does.
     *
     * @param lastSeenMessageId the newest message on the agent's page, or {@code null} to skip that count
     */
    public TicketPresenceView heartbeat(long number, boolean composing, Long lastSeenMessageId, Actor by) {
        Ticket ticket = agentsTicket(number, by);
        Instant now = clock.instant();
        Timestamp seen = Timestamp.from(now);
        if (jdbc.update("update ticket_presence set composing = ?, seen_at = ? where ticket_id = ? and user_id = ?",
                composing, seen, ticket.id(), by.userId()) == 0) {
            try {
                jdbc.update("insert into ticket_presence (ticket_id, user_id, composing, seen_at) values (?, ?, ?, ?)",
                        ticket.id(), by.userId(), composing, seen);
            } catch (DuplicateKeyException sameAgentInAnotherTab) {
                jdbc.update("update ticket_presence set composing = ?, seen_at = ? where ticket_id = ? and user_id = ?",
                        composing, seen, ticket.id(), by.userId());
            }
        }
        jdbc.update("delete from ticket_presence where seen_at < ?", Timestamp.from(now.minus(FORGOTTEN)));

        Map<Long, Boolean> present = new LinkedHashMap<>();
        jdbc.query("select user_id, composing from ticket_presence where ticket_id = ? and user_id <> ? and seen_at >= ?",
                row -> {
                    present.put(row.getLong(1), row.getBoolean(2));
                }, ticket.id(), by.userId(), Timestamp.from(now.minus(FRESH)));
        Map<Long, UserView> people = present.isEmpty() ? Map.of() : accounts.users(present.keySet());
        List<PresentAgent> others = present.entrySet().stream().filter(e -> people.containsKey(e.getKey()))
                .map(e -> new PresentAgent(e.getKey(), people.get(e.getKey()).name(), e.getValue()))
                .sorted(Comparator.comparing(PresentAgent::name)).toList();
        long newer = lastSeenMessageId == null ? 0
                : messages.countWrittenByOthersAfter(ticket.id(), lastSeenMessageId, by.userId());
        return new TicketPresenceView(others, newer);
    }

    /** The agent closed the ticket's page (best effort: the browser may not get to say so). */
    public void leave(long number, Actor by) {
        Ticket ticket = agentsTicket(number, by);
        jdbc.update("delete from ticket_presence where ticket_id = ? and user_id = ?", ticket.id(), by.userId());
    }

    private Ticket agentsTicket(long number, Actor by) {
        Ticket ticket = access.visible(number, by);
        if (!by.isStaff() || by.isSystem()) {
            throw new ForbiddenException("error.ticket.agentsOnly");
        }
        return ticket;
    }
}
