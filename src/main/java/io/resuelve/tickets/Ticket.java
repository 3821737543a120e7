package io.resuelve.tickets;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

import io.resuelve.accounts.Actor;
import io.resuelve.shared.ConflictException;
import io.resuelve.shared.ForbiddenException;
import io.resuelve.shared.InvalidInputException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;

import org.hibernate.annotations.BatchSize;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.TypeBinderRef;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.TypeBinding;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.data.domain.AfterDomainEventPublication;
import org.springframework.data.domain.DomainEvents;

/**
 * The Ticket aggregate. Every change goes through a method that checks the current status and the actor, throws
 * on an illegal move ({@link ConflictException} → 409, {@link ForbiddenException} → 403), records history and
 * registers an event. Visibility (may this actor see the ticket at all?) is checked before, by TicketManagement.
 */
@Entity
@Table(name = "tickets")
// The search module says what the search document holds (by name: no compile-time dependency on it).
@Indexed(index = "ticket")
@TypeBinding(binder = @TypeBinderRef(name = "io.resuelve.search.TicketIndexBinder"))
class Ticket {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long number;
    @Embedded
    private TicketDetails details;
    @Enumerated(EnumType.STRING)
    private TicketStatus status;
    @Enumerated(EnumType.STRING)
    private Channel channel;
    private Long requesterId;
    private Long organisationId;
    private Long assigneeId;
    private Long groupId;
    private String rejectionReason;
    private Long followUpOf;
    /** The number of the ticket this one was merged into; set once, when it is merged and closed. */
    private Long mergedInto;
    private Instant createdAt;
    private Instant lastActivityAt;
    private Instant firstResponseAt;
    private Instant resolvedAt;
    private Instant closedAt;
    /** What the impact described when filing suggests; agents see it beside the priority the requester chose. */
    @Enumerated(EnumType.STRING)
    private Priority suggestedPriority;
    /** The quality coach's score (0–100) of the first message, and its findings as one code per line. */
    private Integer qualityScore;
    private String qualityFindings;
    @Version
    private long version;

    /** Read-only keys computed by the database, for sorted lists. */
    @Embedded
    private TicketSortKeys sortKeys;

    @ElementCollection
    @CollectionTable(name = "ticket_cc", joinColumns = @JoinColumn(name = "ticket_id"))
    @Column(name = "user_id")
    @BatchSize(size = 100)
    private Set<Long> ccIds = new TreeSet<>();

    @ElementCollection
    @CollectionTable(name = "ticket_tags", joinColumns = @JoinColumn(name = "ticket_id"))
    @Column(name = "tag")
    @BatchSize(size = 100)
    private Set<String> tags = new TreeSet<>();

    @ElementCollection
    @CollectionTable(name = "ticket_custom_values", joinColumns = @JoinColumn(name = "ticket_id"))
    @BatchSize(size = 100)
    private List<CustomValueRow> customValues = new ArrayList<>();

    /** Events are built when published, so they can carry ids of messages saved in the same transaction. */
    @Transient
    private final List<Supplier<TicketEvent>> events = new ArrayList<>();
    @Transient
    private final List<FieldChange> changes = new ArrayList<>();

    protected Ticket() {
    }

    static Ticket file(long number, TicketDraft draft, Ticket followUpOf, Actor by, Instant now) {
        Ticket ticket = new Ticket();
        ticket.number = number;
        ticket.details = TicketDetails.of(draft);
        ticket.status = TicketStatus.NEW;
        ticket.channel = draft.channel();
        ticket.requesterId = Objects.requireNonNull(draft.requesterId());
        ticket.organisationId = draft.organisationId();
        ticket.ccIds.addAll(draft.ccIds());
        draft.customValues().stream().map(CustomValueRow::of).forEach(ticket.customValues::add);
        ticket.suggestedPriority = draft.suggestedPriority();
        if (draft.quality() != null) {
            ticket.recordQuality(draft.quality().score(), draft.quality().findings());
        }
        ticket.createdAt = now;
        ticket.lastActivityAt = now;
        Long followUpNumber = null;
        if (followUpOf != null) {
            ticket.followUpOf = followUpOf.id;
            followUpNumber = followUpOf.number;
        }
        ticket.changes.add(new FieldChange("status", null, TicketStatus.NEW.name(), by.userId(), now));
        Long origin = followUpNumber;
        ticket.events.add(() -> new TicketCreated(ticket.number, ticket.requesterId, ticket.organisationId,
                ticket.channel, origin));
        return ticket;
    }

    // ---- conversation ----------------------------------------------------------------------------------------

    /**
     * Adds a message. Customers write public messages only and their reply returns the ticket to OPEN (from
     * "Preguntas al cliente", on hold or resolved). Agents choose the status their reply leaves; by default a
     * first reply takes a NEW ticket to OPEN. Nobody writes on a CLOSED ticket: a customer gets a follow-up.
     */
    Message addMessage(Actor by, String text, String html, boolean internal, TicketStatus requested, Instant now) {
        if (status == TicketStatus.CLOSED) {
            throw new ConflictException("error.ticket.closed", number);
        }
        if (by.isCustomer()) {
            if (internal) {
                throw new ForbiddenException("error.ticket.customerInternalNote");
            }
            if (requested != null) {
                throw new ForbiddenException("error.ticket.customerStatus");
            }
            Message message = newMessage(by, text, html, false, now);
            events.add(() -> new CustomerReplied(number, message.id(), by.userId()));
            if (status == TicketStatus.PENDING_CUSTOMER || status == TicketStatus.ON_HOLD
                    || status == TicketStatus.RESOLVED) {
                moveTo(TicketStatus.OPEN, by, now);
            }
            return message;
        }
        if (internal) {
            Message note = newMessage(by, text, html, true, now);
            events.add(() -> new InternalNoteAdded(number, note.id(), by.userId()));
            if (requested != null) {
                changeStatus(by, requested, now);
            }
            return note;
        }
        Message reply = newMessage(by, text, html, false, now);
        events.add(() -> new AgentReplied(number, reply.id(), by.userId()));
        changeStatus(by, requested != null ? requested : status == TicketStatus.NEW ? TicketStatus.OPEN : status,
                now);
        return reply;
    }

    // ---- lifecycle -------------------------------------------------------------------------------------------

    /** Agent marks it solved: "A la espera de confirmación" for the customer. */
    void resolve(Actor by, Instant now) {
        requireStaff(by);
        if (status == TicketStatus.RESOLVED) {
            throw new ConflictException("error.ticket.alreadyResolved", number);
        }
        moveTo(TicketStatus.RESOLVED, by, now);
    }

    /**
     * The customer's answer to "¿Se ha resuelto su problema?": Sí closes, "No del todo" reopens and needs a
     * comment, which becomes a public message for the agent.
     */
    Message confirm(Actor by, boolean solved, String comment, Instant now) {
        if (!by.isCustomer()) {
            throw new ForbiddenException("error.ticket.confirmationIsForCustomers");
        }
        if (status != TicketStatus.RESOLVED) {
            throw new ConflictException("error.ticket.notAwaitingConfirmation", number);
        }
        boolean hasComment = comment != null && !comment.isBlank();
        if (!solved && !hasComment) {
            throw new InvalidInputException("comment", "error.ticket.commentRequired");
        }
        Message message = hasComment ? newMessage(by, comment, false, now) : null;
        moveTo(solved ? TicketStatus.CLOSED : TicketStatus.OPEN, by, now);
        events.add(() -> new TicketConfirmed(number, solved, message == null ? null : message.id(), by.userId()));
        return message;
    }

    /** Closes for good. Customers may close their ticket while it is not closed (seed 002). */
    void close(Actor by, Instant now) {
        if (status == TicketStatus.CLOSED) {
            throw new ConflictException("error.ticket.alreadyClosed", number);
        }
        moveTo(TicketStatus.CLOSED, by, now);
    }

    /** A resolved ticket goes back to OPEN; a closed one never does. */
    void reopen(Actor by, Instant now) {
        if (status == TicketStatus.CLOSED) {
            throw new ConflictException("error.ticket.closedIsFinal", number);
        }
        if (status != TicketStatus.RESOLVED) {
            throw new ConflictException("error.ticket.notResolved", number);
        }
        moveTo(TicketStatus.OPEN, by, now);
    }

    /** Seed 003: the provider may reject a ticket; the reason becomes a public message the customer sees. */
    Message reject(Actor by, String reason, Instant now) {
        requireStaff(by);
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "error.ticket.rejectionReasonRequired");
        }
        if (status == TicketStatus.CLOSED) {
            throw new ConflictException("error.ticket.alreadyClosed", number);
        }
        Message message = newMessage(by, reason, false, now);
        record("rejectionReason", rejectionReason, reason, by, now);
        rejectionReason = reason;
        moveTo(TicketStatus.CLOSED, by, now);
        events.add(() -> new TicketRejected(number, reason, message.id(), by.userId()));
        return message;
    }

    /**
     * Seed 003: back to the requester to complete what is missing; {@code text} (which lists the missing items)
     * becomes the public message, and the ticket waits on the customer ("Preguntas al cliente").
     */
    Message returnToRequester(Actor by, List<String> missing, String text, Instant now) {
        requireStaff(by);
        if (status == TicketStatus.RESOLVED || status == TicketStatus.CLOSED) {
            throw new ConflictException("error.ticket.cannotReturn", number);
        }
        if (missing.isEmpty()) {
            throw new InvalidInputException("missing", "error.ticket.missingRequired");
        }
        Message message = newMessage(by, text, false, now);
        if (status != TicketStatus.PENDING_CUSTOMER) {
            moveTo(TicketStatus.PENDING_CUSTOMER, by, now);
        }
        List<String> items = List.copyOf(missing);
        events.add(() -> new TicketReturnedToRequester(number, items, message.id(), by.userId()));
        return message;
    }

    /** An agent sets the status directly; CLOSED goes through {@link #close}, NEW is never re-entered. */
    void changeStatus(Actor by, TicketStatus target, Instant now) {
        requireStaff(by);
        if (status == TicketStatus.CLOSED) {
            throw new ConflictException("error.ticket.closed", number);
        }
        if (target == status) {
            return;
        }
        if (target == TicketStatus.CLOSED) {
            close(by, now);
            return;
        }
        if (!status.canMoveTo(target)) {
            throw new ConflictException("error.ticket.illegalTransition", number, label(status), label(target));
        }
        moveTo(target, by, now);
    }

    /** Agents take tickets; the first assignment means "an agent is on it": NEW becomes OPEN. */
    void assign(Actor by, Long assignee, Long group, Instant now) {
        requireStaff(by);
        if (status == TicketStatus.CLOSED) {
            throw new ConflictException("error.ticket.closed", number);
        }
        if (Objects.equals(assignee, assigneeId) && Objects.equals(group, groupId)) {
            return;
        }
        record("assignee", assigneeId, assignee, by, now);
        record("group", groupId, group, by, now);
        assigneeId = assignee;
        groupId = group;
        lastActivityAt = now;
        events.add(() -> new TicketAssigned(number, assignee, group, by.userId()));
        if (assignee != null && status == TicketStatus.NEW) {
            moveTo(TicketStatus.OPEN, by, now);
        }
    }

    // ---- merging --------------------------------------------------------------------------------------------

    /** Refuses a merge before anything moves: agents only, two different tickets, neither of them closed. */
    void checkMergeInto(Ticket target, Actor by) {
        requireStaff(by);
        if (target.number == number) {
            throw new InvalidInputException("into", "error.ticket.mergeIntoItself");
        }
        if (status == TicketStatus.CLOSED) {
            throw new ConflictException("error.ticket.mergeClosed", number);
        }
        if (target.status == TicketStatus.CLOSED) {
            throw new ConflictException("error.ticket.mergeIntoClosed", target.number);
        }
    }

    /**
     * Merges this ticket into {@code target}: the target takes this requester and the people in copy into copy, and
     * this ticket closes with a link to it. The thread moves separately (messages are not part of the aggregate).
     */
    void mergeInto(Ticket target, Actor by, Instant now) {
        checkMergeInto(target, by);
        Set<Long> people = new TreeSet<>(target.ccIds);
        people.add(requesterId);
        people.addAll(ccIds);
        people.remove(target.requesterId);
        target.replace("cc", target.ccIds, people, by, now);
        target.record("mergedFrom", null, number, by, now);
        target.lastActivityAt = now;
        record("mergedInto", null, target.number, by, now);
        mergedInto = target.number;
        moveTo(TicketStatus.CLOSED, by, now);
        long into = target.number;
        events.add(() -> new TicketMerged(number, into, by.userId()));
    }

    /** The description of this ticket as a message of {@code target}'s thread, dated when this ticket was filed. */
    Message descriptionFor(Ticket target) {
        return new Message(target.id, requesterId, false, details.description(), details.descriptionHtml(), createdAt)
                .quoting(details.descriptionQuoted());
    }

    // ---- fields ----------------------------------------------------------------------------------------------

    /** Refuses the whole edit when any field in it is outside the actor's allow-list. */
    void checkEditable(Actor by, Collection<TicketField> fields) {
        List<String> refused = fields.stream().filter(f -> !f.editableBy(by)).map(TicketField::apiName).toList();
        if (refused.isEmpty()) {
            refused = fields.stream().filter(f -> f == TicketField.REQUESTER || f == TicketField.ORGANISATION)
                    .map(TicketField::apiName).toList();
        }
        if (!refused.isEmpty()) {
            throw new ForbiddenException("error.ticket.fieldsNotEditable", String.join(", ", refused));
        }
        if (status == TicketStatus.CLOSED && !fields.isEmpty()) {
            throw new ConflictException("error.ticket.closed", number);
        }
    }

    void edit(Actor by, TicketField field, Object value, Instant now) {
        checkEditable(by, List.of(field));
        if (TicketDetails.holds(field)) {
            Object previous = details.set(field, value);
            if (!Objects.equals(previous, value)) {
                record(field.apiName(), previous, value, by, now);
                lastActivityAt = now;
            }
            return;
        }
        switch (field) {
            case CC -> replace("cc", ccIds, castSet(value), by, now);
            case TAGS -> replace("tags", tags, castSet(value), by, now);
            case ASSIGNEE -> assign(by, (Long) value, groupId, now);
            case GROUP -> assign(by, assigneeId, (Long) value, now);
            case STATUS -> changeStatus(by, (TicketStatus) value, now);
            default -> throw new ForbiddenException("error.ticket.fieldsNotEditable", field.apiName());
        }
    }

    /**
     * An agent moves the ticket to another request type (seed 001: the specialist "traducirá él mismo la solicitud
     * a la sección deseada"). Values of the previous type's fields are kept: a later move back shows them again.
     */
    void changeType(Actor by, String type, Instant now) {
        requireStaff(by);
        edit(by, TicketField.TYPE, type, now);
    }

    /** Replaces the custom values with a checked list (see TicketForms#edit), recording each changed field. */
    void replaceCustomValues(Actor by, List<CustomValue> values, Instant now) {
        if (status == TicketStatus.CLOSED) {
            throw new ConflictException("error.ticket.closed", number);
        }
        java.util.Map<String, String> before = customText(customValues());
        java.util.Map<String, String> after = customText(values);
        java.util.Set<String> keys = new TreeSet<>(before.keySet());
        keys.addAll(after.keySet());
        for (String key : keys) {
            record("custom." + key, before.get(key), after.get(key), by, now);
        }
        if (!before.equals(after)) {
            customValues.clear();
            values.stream().map(CustomValueRow::of).forEach(customValues::add);
            lastActivityAt = now;
        }
    }

    /** The quality coach's verdict on what the requester wrote; history does not need it (it is no decision). */
    void recordQuality(int score, List<String> findings) {
        if (score < 0 || score > 100) {
            throw new InvalidInputException("qualityScore", "forms.error.scoreRange");
        }
        qualityScore = score;
        String joined = findings == null ? "" : String.join("\n", findings);
        qualityFindings = joined.isEmpty() ? null : joined.length() > 4000 ? joined.substring(0, 4000) : joined;
    }

    /** Adds people in copy ("Agregar personas"). */
    void addCc(Actor by, Collection<Long> people, Instant now) {
        Set<Long> updated = new TreeSet<>(ccIds);
        updated.addAll(people);
        edit(by, TicketField.CC, updated, now);
    }

    /** Removes people from the copy; people not in it are ignored. */
    void removeCc(Actor by, Collection<Long> people, Instant now) {
        Set<Long> updated = new TreeSet<>(ccIds);
        updated.removeAll(people);
        edit(by, TicketField.CC, updated, now);
    }

    // ---- reading ---------------------------------------------------------------------------------------------

    Long id() {
        return id;
    }

    long number() {
        return number;
    }

    TicketStatus status() {
        return status;
    }

    Long requesterId() {
        return requesterId;
    }

    Long organisationId() {
        return organisationId;
    }

    Long groupId() {
        return groupId;
    }

    String subject() {
        return details.subject();
    }

    /** The value this ticket sorts by in the given column, for keyset cursors. */
    Object sortKey(TicketSort.Column column) {
        return switch (column) {
            case NUMBER -> number;
            case CREATED -> createdAt;
            case ACTIVITY -> lastActivityAt;
            default -> sortKeys == null ? null : sortKeys.of(column);
        };
    }

    Set<Long> ccIds() {
        return Set.copyOf(ccIds);
    }

    String type() {
        return details.type();
    }

    List<CustomValue> customValues() {
        return customValues.stream().map(CustomValueRow::value).toList();
    }

    boolean involves(Long userId) {
        return Objects.equals(requesterId, userId) || ccIds.contains(userId);
    }

    /** The quoted part of the mail that opened this ticket, shown collapsed under the description. */
    void keepDescriptionQuote(String quoted) {
        details.keepDescriptionQuote(quoted);
    }

    void keepDescriptionHtml(String html) {
        details.keepDescriptionHtml(html);
    }

    String descriptionHtml() {
        return details.descriptionHtml();
    }

    TicketView view() {
        TicketDetails d = details;
        return new TicketView(id, number, d.subject(), d.description(), d.type(), d.priority(), status, channel,
                requesterId, organisationId, Set.copyOf(ccIds), Set.copyOf(tags), d.brandId(), d.productId(),
                d.country(), d.taxId(), d.companyName(), d.contactPhone(), assigneeId, groupId, rejectionReason, followUpOf, createdAt,
                lastActivityAt, firstResponseAt, resolvedAt, closedAt, mergedInto, d.descriptionQuoted(), customValues(),
                suggestedPriority, qualityScore,
                qualityFindings == null ? List.of() : List.of(qualityFindings.split("\n")));
    }

    /** Prefills a follow-up ticket from this one, for a reply that arrives after it was closed. */
    TicketDraft followUpDraft(String text, Channel via) {
        TicketDetails d = details;
        return new TicketDraft(d.subject(), text, d.type(), d.priority(), via, requesterId, organisationId,
                Set.copyOf(ccIds), d.brandId(), d.productId(), d.country(), d.taxId(), d.companyName(),
                d.contactPhone());
    }

    List<FieldChange> drainChanges() {
        List<FieldChange> drained = List.copyOf(changes);
        changes.clear();
        return drained;
    }

    @DomainEvents
    List<TicketEvent> domainEvents() {
        return events.stream().map(Supplier::get).toList();
    }

    @AfterDomainEventPublication
    void clearEvents() {
        events.clear();
    }

    // ---- internals -------------------------------------------------------------------------------------------

    private Message newMessage(Actor by, String text, boolean internal, Instant now) {
        return newMessage(by, text, null, internal, now);
    }

    private Message newMessage(Actor by, String text, String html, boolean internal, Instant now) {
        if (by.isStaff() && !internal && firstResponseAt == null) {
            firstResponseAt = now;
        }
        lastActivityAt = now;
        return new Message(id, by.userId(), internal, text, html, now);
    }

    private void moveTo(TicketStatus target, Actor by, Instant now) {
        TicketStatus from = status;
        if (!from.canMoveTo(target)) {
            throw new ConflictException("error.ticket.illegalTransition", number, label(from), label(target));
        }
        status = target;
        lastActivityAt = now;
        if (target == TicketStatus.RESOLVED) {
            resolvedAt = now;
        }
        if (target == TicketStatus.CLOSED) {
            closedAt = now;
        }
        if (from == TicketStatus.RESOLVED && target == TicketStatus.OPEN) {
            resolvedAt = null;
        }
        record("status", from, target, by, now);
        events.add(() -> new TicketStatusChanged(number, from, target, by.userId()));
    }

    private <T extends Comparable<T>> void replace(String field, Set<T> current, Set<T> value, Actor by,
            Instant now) {
        if (!current.equals(value)) {
            record(field, new TreeSet<>(current), new TreeSet<>(value), by, now);
            current.clear();
            current.addAll(value);
            lastActivityAt = now;
        }
    }

    private void record(String field, Object from, Object to, Actor by, Instant now) {
        if (!Objects.equals(from, to)) {
            changes.add(new FieldChange(field, from == null ? null : from.toString(),
                    to == null ? null : to.toString(), by.userId(), now));
        }
    }

    /** A status as a message argument, shown in the reader's language. */
    private static MessageSourceResolvable label(TicketStatus status) {
        return new DefaultMessageSourceResolvable(new String[] { status.agentLabelKey() }, status.name());
    }

    /** Values by field key, multi-select options joined, for the history. */
    private static java.util.Map<String, String> customText(List<CustomValue> values) {
        java.util.Map<String, String> byKey = new java.util.TreeMap<>();
        for (CustomValue value : values) {
            byKey.merge(value.key(), value.asText(), (a, b) -> a + ", " + b);
        }
        return byKey;
    }

    private static void requireStaff(Actor by) {
        if (!by.isStaff()) {
            throw new ForbiddenException("error.ticket.agentsOnly");
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> Set<T> castSet(Object value) {
        return value == null ? Set.of() : (Set<T>) value;
    }
}
