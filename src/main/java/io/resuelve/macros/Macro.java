package io.resuelve.macros;

import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;

import io.resuelve.tickets.Priority;
import io.resuelve.tickets.TicketStatus;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.BatchSize;

/** A stored macro. Who may write it is decided by {@link Macros}; the entity only holds and counts. */
@Entity
@Table(name = "macros")
class Macro {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;

    private String body;

    private Long ownerId;

    private boolean active;

    @Enumerated(EnumType.STRING)
    @Column(name = "set_status")
    private TicketStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "set_priority")
    private Priority priority;

    @Column(name = "set_type")
    private String type;

    @Column(name = "set_group_id")
    private Long groupId;

    @Enumerated(EnumType.STRING)
    private AssigneeAction assignMode;

    @Column(name = "set_assignee_id")
    private Long assigneeId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "macro_tags", joinColumns = @JoinColumn(name = "macro_id"))
    @Column(name = "tag")
    @BatchSize(size = 100)
    private Set<String> tags = new TreeSet<>();

    private long usageCount;

    private Instant lastUsedAt;

    private Long createdBy;

    private Instant createdAt;

    private Instant updatedAt;

    @Version
    private long version;

    protected Macro() {
    }

    Macro(Long ownerId, Long createdBy, Instant now) {
        this.ownerId = ownerId;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    /** Takes the checked values of the form; {@code ownerId} null makes it shared. */
    void write(MacroInput input, Long ownerId, Instant now) {
        this.name = input.name();
        this.body = input.body();
        this.ownerId = ownerId;
        this.active = input.active();
        this.status = input.status();
        this.priority = input.priority();
        this.type = input.type();
        this.groupId = input.groupId();
        this.assignMode = input.assignee();
        this.assigneeId = input.assignee() == AssigneeAction.AGENT ? input.assigneeId() : null;
        this.tags.clear();
        this.tags.addAll(input.tags());
        this.updatedAt = now;
    }

    void used(Instant now) {
        usageCount++;
        lastUsedAt = now;
    }

    Long id() {
        return id;
    }

    MacroView view() {
        return new MacroView(id, name, body, ownerId, active, status, priority, type, groupId, assignMode, assigneeId,
                Set.copyOf(tags), usageCount, lastUsedAt, updatedAt);
    }
}
