package io.resuelve.mail;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.resuelve.accounts.AccountManagement;
import io.resuelve.accounts.Actor;
import io.resuelve.accounts.SignUps;
import io.resuelve.accounts.UserView;
import io.resuelve.mail.inbound.DeliveryHeaders;
import io.resuelve.mail.inbound.MailAddress;
import io.resuelve.mail.inbound.ParsedAttachment;
import io.resuelve.mail.inbound.ParsedMail;
import io.resuelve.tickets.Channel;
import io.resuelve.tickets.NewMessage;
import io.resuelve.tickets.NewTicket;
import io.resuelve.tickets.Priority;
import io.resuelve.tickets.TicketManagement;
import io.resuelve.tickets.TicketQueries;
import io.resuelve.tickets.TicketStatus;
import io.resuelve.tickets.TicketView;
import io.resuelve.tickets.TicketsProperties;
import io.resuelve.tickets.Upload;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Turns a parsed incoming mail into a ticket or a message, inside the caller's transaction: first the filters (our
 * own mail coming back, bounces, automatic and bulk mail), then threading — our signed reply token, then
 * In-Reply-To/References against the Message-IDs of tickets' mails, then a {@code [#123]} subject tag when the sender
 * takes part in that ticket — and otherwise a new ticket. It never lets a ticket method throw for a foreseeable
 * reason (that would doom the caller's transaction); what it cannot take in ends in quarantine by the caller.
 */
@Component
class MailToTicket {

    /** What became of the mail: a status, the ticket, and why (for the admins' list). */
    record Taken(InboundStatus status, Long ticketNumber, String reason) {
    }

    private static final Pattern SUBJECT_TAG = Pattern.compile("\\[(?:ticket\\s*)?#(\\d{1,18})]",
            Pattern.CASE_INSENSITIVE);
    private static final Set<String> ROBOT_MAILBOXES = Set.of("mailer-daemon", "postmaster", "noreply", "no-reply",
            "donotreply", "do-not-reply", "bounce", "bounces");
    private static final int MAX_TEXT = 200_000;

    private final TicketManagement tickets;
    private final TicketQueries queries;
    private final AccountManagement accounts;
    private final ReplyTokens tokens;
    private final MailProperties properties;
    private final TicketsProperties ticketSettings;
    private final JdbcTemplate jdbc;
    private final java.time.Clock clock;
    private final SignUps signUps;
    private final BouncedAddresses bounced;

    MailToTicket(TicketManagement tickets, TicketQueries queries, AccountManagement accounts, ReplyTokens tokens,
            MailProperties properties, TicketsProperties ticketSettings, JdbcTemplate jdbc, java.time.Clock clock,
            SignUps signUps, BouncedAddresses bounced) {
        this.signUps = signUps;
        this.bounced = bounced;
        this.tickets = tickets;
        this.queries = queries;
        this.accounts = accounts;
        this.tokens = tokens;
        this.properties = properties;
        this.ticketSettings = ticketSettings;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Where new tickets from a mailbox go: its brand and the agent group that works them (both optional). */
    record Route(Long brandId, Long groupId) {
        static final Route NONE = new Route(null, null);
    }

    Taken take(ParsedMail mail, byte[] raw, Route route) {
        MailAddress from = mail.from();
        if (from == null) {
            return new Taken(InboundStatus.QUARANTINED, null, "no sender address");
        }
        if (from.address().equalsIgnoreCase(properties.from()) || tokens.ticketIn(mail.messageId()).isPresent()) {
            return new Taken(InboundStatus.IGNORED, null, "our own mail came back");
        }
        if (isBounce(mail.delivery(), from)) {
            return bounce(mail, raw);
        }
        Optional<TicketView> thread = thread(mail, from);
        if (isAutomatic(mail.delivery(), from)) {
            return thread.map(ticket -> automaticReply(ticket, mail, from))
                    .orElseGet(() -> new Taken(InboundStatus.IGNORED, null, "automatic or bulk mail"));
        }
        bounced.wroteAgain(from.address());
        Optional<UserView> known = accounts.userByEmail(from.address());
        boolean unknown = known.isEmpty();
        UserView sender = known.orElseGet(() -> accounts.findOrCreateCustomer(from.address(), from.name(),
                Actor.system()));
        Taken taken = thread.isPresent() ? reply(thread.get(), sender, mail) : newTicket(sender, mail, route);
        if (unknown && taken.ticketNumber() != null && taken.status() == InboundStatus.PROCESSED) {
            // Seed 003: the first mail registers the person; they get a link to complete their account.
            signUps.inviteMailSender(sender.id(), taken.ticketNumber());
        }
        return taken;
    }

    // ---- threading, in the order of the issue: token, stored Message-IDs, subject tag ------------------------

    private Optional<TicketView> thread(ParsedMail mail, MailAddress from) {
        List<String> ids = new ArrayList<>();
        if (mail.inReplyTo() != null) {
            ids.add(mail.inReplyTo());
        }
        ids.addAll(mail.references());
        StringBuilder tokenPlaces = new StringBuilder(String.join(" ", ids));
        mail.to().forEach(address -> tokenPlaces.append(' ').append(address.address()));
        mail.cc().forEach(address -> tokenPlaces.append(' ').append(address.address()));
        OptionalLong signed = tokens.ticketIn(tokenPlaces.toString());
        if (signed.isPresent()) {
            return queries.find(signed.getAsLong(), Actor.system());
        }
        for (String id : ids) {
            List<Long> known = jdbc.queryForList("select ticket_number from ticket_mail_ids where message_id = ?",
                    Long.class, id);
            if (!known.isEmpty()) {
                return queries.find(known.get(0), Actor.system());
            }
        }
        Matcher tag = SUBJECT_TAG.matcher(mail.subject());
        if (tag.find()) {
            Optional<TicketView> tagged = queries.find(Long.parseLong(tag.group(1)), Actor.system());
            Optional<UserView> person = accounts.userByEmail(from.address());
            // A bare subject tag is easy to forge: it counts only for someone already on the ticket.
            return tagged.filter(ticket -> person.map(p -> p.id().equals(ticket.requesterId())
                    || ticket.ccIds().contains(p.id())).orElse(false));
        }
        return Optional.empty();
    }

    // ---- outcomes --------------------------------------------------------------------------------------------

    private Taken reply(TicketView ticket, UserView sender, ParsedMail mail) {
        Actor by = sender.actor();
        boolean closed = ticket.status() == TicketStatus.CLOSED;
        if (by.isStaff() && closed) {
            return new Taken(InboundStatus.IGNORED, ticket.number(), "an agent wrote on a closed ticket");
        }
        if (queries.find(ticket.number(), by).isEmpty()) {
            if (closed) {
                return newTicket(sender, mail, new Route(ticket.brandId(), ticket.groupId()));
            }
            // Someone the conversation was forwarded to: they join the ticket in copy, as in any help desk.
            tickets.addPeople(ticket.number(), List.of(sender.email()), Actor.system());
        }
        var added = tickets.addMessage(ticket.number(), NewMessage.fromMail(text(mail), html(mail), quote(mail),
                uploads(mail)), by);
        addCopies(added.ticketNumber(), mail, sender);
        remember(mail.messageId(), added.ticketNumber());
        return new Taken(InboundStatus.PROCESSED, added.ticketNumber(), added.followUp() ? "follow-up ticket" : null);
    }

    private Taken newTicket(UserView sender, ParsedMail mail, Route route) {
        String subject = mail.subject().isBlank() ? "(sin asunto)" : mail.subject();
        TicketView ticket = tickets.file(new NewTicket(cut(subject, 300), text(mail), null, Priority.NORMAL,
                Channel.EMAIL, sender.email(), copies(mail, sender), route.brandId(), null, null, null, null, null),
                uploads(mail), quote(mail), html(mail), Actor.system());
        if (route.groupId() != null) {
            // Into the mailbox's group, whose members are told (notifications listen to the assignment).
            tickets.assign(ticket.number(), null, route.groupId(), Actor.system());
        }
        remember(mail.messageId(), ticket.number());
        return new Taken(InboundStatus.PROCESSED, ticket.number(), null);
    }

    private Taken automaticReply(TicketView ticket, ParsedMail mail, MailAddress from) {
        if (ticket.status() == TicketStatus.CLOSED) {
            return new Taken(InboundStatus.IGNORED, ticket.number(), "automatic reply to a closed ticket");
        }
        tickets.addMessage(ticket.number(), new NewMessage("Respuesta automática de " + from.address() + ":\n\n"
                + text(mail), null, true, null, List.of()), Actor.system());
        return new Taken(InboundStatus.PROCESSED, ticket.number(), "automatic reply, noted internally");
    }

    private Taken bounce(ParsedMail mail, byte[] raw) {
        String text = new String(raw, StandardCharsets.ISO_8859_1);
        OptionalLong number = tokens.ticketIn(text);
        Optional<TicketView> ticket = number.isPresent() ? queries.find(number.getAsLong(), Actor.system())
                : Optional.empty();
        Long ticketNumber = ticket.map(TicketView::number).orElse(null);
        bounced.flagFailedRecipients(mail, text, ticketNumber);
        if (ticket.isEmpty() || ticket.get().status() == TicketStatus.CLOSED) {
            return new Taken(InboundStatus.BOUNCED, ticket.map(TicketView::number).orElse(null),
                    "delivery failure report");
        }
        tickets.addMessage(ticket.get().number(), new NewMessage("Un correo de este ticket no pudo entregarse:\n\n"
                + cut(mail.textBody(), 4000), null, true, null, List.of()), Actor.system());
        return new Taken(InboundStatus.BOUNCED, ticket.get().number(), "delivery failure report, noted on the ticket");
    }

    // ---- filters ---------------------------------------------------------------------------------------------

    static boolean isBounce(DeliveryHeaders delivery, MailAddress from) {
        boolean report = "multipart/report".equals(delivery.contentType())
                && "delivery-status".equalsIgnoreCase(delivery.reportType());
        String local = localPart(from.address());
        boolean nullSender = delivery.returnPath() != null && delivery.returnPath().isEmpty();
        return report || (nullSender && (local.equals("mailer-daemon") || local.equals("postmaster")));
    }

    static boolean isAutomatic(DeliveryHeaders delivery, MailAddress from) {
        String auto = delivery.autoSubmitted();
        if (auto != null && !auto.strip().toLowerCase(Locale.ROOT).startsWith("no")) {
            return true;
        }
        String precedence = delivery.precedence() == null ? "" : delivery.precedence().strip().toLowerCase(Locale.ROOT);
        if (precedence.equals("bulk") || precedence.equals("list") || precedence.equals("junk")) {
            return true;
        }
        return delivery.autoResponseSuppress() != null || ROBOT_MAILBOXES.contains(localPart(from.address()));
    }

    // ---- helpers ---------------------------------------------------------------------------------------------

    private String text(ParsedMail mail) {
        String text = mail.newText().isBlank() ? mail.textBody() : mail.newText();
        return cut(text.isBlank() && mail.attachments().isEmpty() ? "(sin texto)" : text, MAX_TEXT);
    }

    /** The quoted part, only when the reply was cut from it (otherwise the whole text is the message). */
    private static String quote(ParsedMail mail) {
        String quoted = mail.quotedText();
        return quoted == null || quoted.isBlank() || mail.newText().isBlank() ? null : quoted;
    }

    /** The sanitized HTML of the mail (remote images disabled), for the agent's "Ver como HTML". */
    private static String html(ParsedMail mail) {
        String html = mail.htmlBody();
        return html == null || html.isBlank() || html.length() > MAX_TEXT * 5 ? null : html;
    }

    /** The files to keep: programs and oversized files are left out, and at most as many as a message takes. */
    private List<Upload> uploads(ParsedMail mail) {
        long max = ticketSettings.attachmentMaxSize().toBytes();
        return mail.attachments().stream()
                .filter(file -> file.size() > 0 && file.size() <= max && !Upload.refusedByName(file.filename()))
                .limit(Upload.MAX_FILES)
                .map(MailToTicket::upload).toList();
    }

    private static Upload upload(ParsedAttachment file) {
        return new Upload(file.filename(), new ByteArrayResource(file.content()), file.contentId());
    }

    /** The other people a mail was sent to, when copying them is allowed: never the help desk itself. */
    private List<String> copies(ParsedMail mail, UserView sender) {
        if (!properties.acceptCc()) {
            return List.of();
        }
        Set<String> people = new LinkedHashSet<>();
        mail.to().forEach(address -> people.add(address.address().toLowerCase(Locale.ROOT)));
        mail.cc().forEach(address -> people.add(address.address().toLowerCase(Locale.ROOT)));
        people.removeIf(address -> address.equalsIgnoreCase(sender.email()) || ours(address));
        return people.stream().limit(20).toList();
    }

    private void addCopies(long number, ParsedMail mail, UserView sender) {
        List<String> people = copies(mail, sender);
        if (!people.isEmpty() && queries.find(number, Actor.system()).map(t -> t.status() != TicketStatus.CLOSED)
                .orElse(false)) {
            tickets.addPeople(number, people, Actor.system());
        }
    }

    private boolean ours(String address) {
        String domain = properties.domain().toLowerCase(Locale.ROOT);
        String local = localPart(properties.from());
        return address.equalsIgnoreCase(properties.from())
                || (address.endsWith("@" + domain) && localPart(address).startsWith(local + "+"));
    }

    private void remember(String messageId, long number) {
        if (messageId == null || messageId.isBlank() || messageId.length() > 998) {
            return;
        }
        jdbc.update("insert into ticket_mail_ids (message_id, ticket_number, created_at) select ?, ?, ? "
                + "where not exists (select 1 from ticket_mail_ids where message_id = ?)", messageId, number,
                java.sql.Timestamp.from(clock.instant()), messageId);
    }

    private static String localPart(String address) {
        int at = address.indexOf('@');
        return (at < 0 ? address : address.substring(0, at)).toLowerCase(Locale.ROOT);
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
