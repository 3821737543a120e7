package io.resuelve.mail;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.resuelve.accounts.Actor;
import io.resuelve.mail.inbound.DeliveryReport;
import io.resuelve.mail.inbound.ParsedMail;
import io.resuelve.shared.AdminChangeRecorded;
import io.resuelve.shared.ForbiddenException;
import io.resuelve.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Addresses our mail bounced from. A bounce flags the address (nothing is sent back); from then on mail about
 * tickets to it is kept as SUPPRESSED instead of being sent into the void again — account mail (password reset,
 * sign-up) still goes, since the person asked for it. The mark goes when mail arrives from the address again, or
 * when an administrator clears it (audited).
 */
@Service
@Transactional
public class BouncedAddresses {

    private static final RowMapper<BouncedAddress> ROW = (rs, row) -> new BouncedAddress(rs.getString("address"),
            rs.getString("reason"), (Long) rs.getObject("ticket_number", Long.class),
            rs.getTimestamp("bounced_at").toInstant(), rs.getInt("bounces"));

    private static final Pattern MESSAGE_ID = Pattern.compile("<[^<>@\\s]{1,200}@([^<>@\\s]{1,200})>");

    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final OutboxMailRepository outbox;
    private final MailProperties properties;

    BouncedAddresses(JdbcTemplate jdbc, ApplicationEventPublisher events, Clock clock, OutboxMailRepository outbox,
            MailProperties properties) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
        this.outbox = outbox;
        this.properties = properties;
    }

    /**
     * Flags whom a bounce is about: the failed recipients of its RFC 3464 report, or else the recipients of our own
     * mails it quotes (found by their Message-IDs, never by addresses in its text, which anyone could write).
     */
    void flagFailedRecipients(ParsedMail bounce, String raw, Long ticketNumber) {
        List<DeliveryReport.FailedRecipient> failed = DeliveryReport.failedRecipients(bounce);
        if (failed.isEmpty()) {
            Set<String> ids = new LinkedHashSet<>();
            Matcher id = MESSAGE_ID.matcher(raw);
            while (id.find() && ids.size() < 20) {
                if (id.group(1).equalsIgnoreCase(properties.domain())) {
                    ids.add(id.group());
                }
            }
            failed = ids.isEmpty() ? List.of() : outbox.findByMessageIdIn(ids).stream()
                    .map(sent -> new DeliveryReport.FailedRecipient(sent.recipientAddress(), null)).distinct().toList();
        }
        failed.forEach(recipient -> flag(recipient.address(), recipient.reason(), ticketNumber));
    }

    /** Flags {@code address} as bouncing, or counts one more bounce when it already is. */
    void flag(String address, String reason, Long ticketNumber) {
        String key = key(address);
        Timestamp now = Timestamp.from(clock.instant());
        String why = reason == null ? null : reason.length() <= 2000 ? reason : reason.substring(0, 2000);
        int updated = jdbc.update("update bounced_addresses set reason = ?, ticket_number = coalesce(?, ticket_number), "
                + "bounced_at = ?, bounces = bounces + 1 where address = ?", why, ticketNumber, now, key);
        if (updated == 0) {
            jdbc.update("insert into bounced_addresses (address, reason, ticket_number, bounced_at, bounces) "
                    + "select ?, ?, ?, ?, 1 where not exists (select 1 from bounced_addresses where address = ?)",
                    key, why, ticketNumber, now, key);
        }
    }

    /** Whether mail to {@code address} bounced and nobody cleared the mark since. */
    @Transactional(readOnly = true)
    public Optional<BouncedAddress> find(String address) {
        if (address == null || address.isBlank()) {
            return Optional.empty();
        }
        return jdbc.query("select * from bounced_addresses where address = ?", ROW, key(address)).stream().findFirst();
    }

    /** Every flagged address, the latest bounce first. */
    @Transactional(readOnly = true)
    public List<BouncedAddress> all() {
        return jdbc.query("select * from bounced_addresses order by bounced_at desc, address limit 500", ROW);
    }

    /** Mail came from the address: it works again. */
    void wroteAgain(String address) {
        jdbc.update("delete from bounced_addresses where address = ?", key(address));
    }

    /** An administrator clears the mark (the address was fixed, or the bounce was temporary after all). */
    public void clear(String address, Actor by) {
        if (!by.isAdmin()) {
            throw new ForbiddenException("error.forbidden");
        }
        BouncedAddress flagged = find(address).orElseThrow(() -> new NotFoundException("error.notFound"));
        jdbc.update("delete from bounced_addresses where address = ?", flagged.address());
        events.publishEvent(AdminChangeRecorded.of(by.userId(), by.email(), "bounce.cleared", "bounced-address",
                null, flagged.address()).change("bounces", flagged.bounces(), null).build());
    }

    private static String key(String address) {
        return address.strip().toLowerCase(Locale.ROOT);
    }
}
