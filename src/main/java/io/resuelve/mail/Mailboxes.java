package io.resuelve.mail;

import java.time.Clock;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.resuelve.accounts.Actor;
import io.resuelve.shared.AdminChangeRecorded;
import io.resuelve.shared.ConflictException;
import io.resuelve.shared.ForbiddenException;
import io.resuelve.shared.InvalidInputException;
import io.resuelve.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The IMAP mailboxes Resuelve reads, as administrators look after them: add, change, switch on and off, try the
 * connection, read now. Passwords go in and are never given back, nor written to the audit log. Every change is
 * recorded in the audit log.
 */
@Service
public class Mailboxes {

    private static final String TYPE = "MAILBOX";

    private final MailboxRepository mailboxes;
    private final InboundMailRepository inbound;
    private final ImapFetcher fetcher;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Mailboxes(MailboxRepository mailboxes, InboundMailRepository inbound, ImapFetcher fetcher,
            ApplicationEventPublisher events, Clock clock) {
        this.mailboxes = mailboxes;
        this.inbound = inbound;
        this.fetcher = fetcher;
        this.events = events;
        this.clock = clock;
    }

    /** Every mailbox, by id, with its last read and how many mails it brought in, by outcome. */
    @Transactional(readOnly = true)
    public List<MailboxView> list(Actor by) {
        requireAdmin(by);
        Map<Long, Map<InboundStatus, Long>> counts = new HashMap<>();
        for (Object[] row : inbound.countByMailboxAndStatus()) {
            counts.computeIfAbsent((Long) row[0], id -> new EnumMap<>(InboundStatus.class))
                    .put((InboundStatus) row[1], ((Number) row[2]).longValue());
        }
        return mailboxes.findAll(org.springframework.data.domain.Sort.by("id")).stream()
                .map(box -> box.view(counts.getOrDefault(box.id(), Map.of()))).toList();
    }

    @Transactional(readOnly = true)
    public Optional<MailboxView> find(long id, Actor by) {
        requireAdmin(by);
        return list(by).stream().filter(box -> box.id() == id).findFirst();
    }

    @Transactional
    public MailboxView create(MailboxForm form, Actor by) {
        requireAdmin(by);
        String name = required("name", form.name(), 100);
        String password = secret(form.password());
        if (mailboxes.findByName(name).isPresent()) {
            throw new ConflictException("admin.mailboxes.error.nameTaken", name);
        }
        Mailbox box = new Mailbox(name, required("host", form.host(), 255), port(form), form.secure(),
                required("username", form.username(), 320), password, folder(form), clock.instant());
        box.route(form.brandId(), form.groupId());
        mailboxes.saveAndFlush(box);
        MailboxView after = box.view(Map.of());
        publish(audit(by, "mailbox.created", after).change("host", null, after.host())
                .change("port", null, after.port()).change("ssl", null, after.ssl())
                .change("username", null, after.username()).change("folder", null, after.folder())
                .change("brand", null, after.brandId()).change("group", null, after.groupId()));
        return after;
    }

    /** Changes a mailbox; a blank password keeps the stored one. */
    @Transactional
    public MailboxView update(long id, MailboxForm form, Actor by) {
        requireAdmin(by);
        Mailbox box = mailbox(id);
        MailboxView before = box.view(Map.of());
        String name = required("name", form.name(), 100);
        if (mailboxes.findByName(name).filter(other -> !other.id().equals(box.id())).isPresent()) {
            throw new ConflictException("admin.mailboxes.error.nameTaken", name);
        }
        String password = form.password() == null || form.password().isBlank() ? box.password()
                : secret(form.password());
        boolean passwordChanged = !password.equals(box.password());
        box.rename(name);
        box.configure(required("host", form.host(), 255), port(form), form.secure(),
                required("username", form.username(), 320), password, folder(form));
        box.route(form.brandId(), form.groupId());
        MailboxView after = box.view(Map.of());
        publish(audit(by, "mailbox.changed", after).change("name", before.name(), after.name())
                .change("host", before.host(), after.host()).change("port", before.port(), after.port())
                .change("ssl", before.ssl(), after.ssl()).change("username", before.username(), after.username())
                .change("folder", before.folder(), after.folder())
                .change("brand", before.brandId(), after.brandId())
                .change("group", before.groupId(), after.groupId())
                // Only that it changed: the password itself never goes into the audit log.
                .change("passwordChanged", null, passwordChanged ? true : null));
        return after;
    }

    @Transactional
    public MailboxView enable(long id, boolean enabled, Actor by) {
        requireAdmin(by);
        Mailbox box = mailbox(id);
        boolean before = box.enabled();
        box.enable(enabled);
        MailboxView after = box.view(Map.of());
        publish(audit(by, enabled ? "mailbox.enabled" : "mailbox.disabled", after).change("active", before, enabled));
        return after;
    }

    /** Connects and opens the folder, changing nothing. Returns the server's error, or empty when all is well. */
    public Optional<String> test(long id, Actor by) {
        requireAdmin(by);
        mailbox(id);
        return fetcher.probe(id);
    }

    /** Reads the mailbox once, now, enabled or not. Returns how many mails were taken in. */
    public int readNow(long id, Actor by) {
        requireAdmin(by);
        mailbox(id);
        return fetcher.fetch(id);
    }

    private Mailbox mailbox(long id) {
        return mailboxes.findById(id).orElseThrow(() -> new NotFoundException("admin.mailboxes.error.notFound"));
    }

    private void publish(AdminChangeRecorded.Builder change) {
        if (change.changed()) {
            events.publishEvent(change.build());
        }
    }

    private static AdminChangeRecorded.Builder audit(Actor by, String action, MailboxView box) {
        return AdminChangeRecorded.of(by.userId(), by.email(), action, TYPE, box.id(), box.name());
    }

    private static int port(MailboxForm form) {
        if (form.port() == null) {
            return form.secure() ? 993 : 143;
        }
        if (form.port() < 1 || form.port() > 65535) {
            throw new InvalidInputException("port", "admin.mailboxes.error.port");
        }
        return form.port();
    }

    private static String folder(MailboxForm form) {
        return form.folder() == null || form.folder().isBlank() ? "INBOX" : form.folder().trim();
    }

    private static String required(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, "admin.mailboxes.error." + field);
        }
        String text = value.trim();
        if (text.length() > max) {
            throw new InvalidInputException(field, "admin.mailboxes.error.tooLong", max);
        }
        return text;
    }

    /** A password is taken as typed: spaces may be part of it. */
    private static String secret(String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException("password", "admin.mailboxes.error.password");
        }
        if (value.length() > 500) {
            throw new InvalidInputException("password", "admin.mailboxes.error.tooLong", 500);
        }
        return value;
    }

    private static void requireAdmin(Actor by) {
        if (!by.isAdmin()) {
            throw new ForbiddenException("error.forbidden");
        }
    }
}
