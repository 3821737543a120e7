package io.resuelve.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.resuelve.shared.AdminChangeRecorded;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.Immutable;

/** One administrator's change. Written once, never updated nor deleted. */
@Entity
@Immutable
@Table(name = "audit_entries")
class AuditEntry {

    private static final int MAX_VALUE = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Instant occurredAt;

    private Long actorId;

    private String actorLabel;

    private String action;

    private String targetType;

    private String targetId;

    private String targetLabel;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "audit_changes", joinColumns = @JoinColumn(name = "entry_id"))
    @OrderColumn(name = "ordinal")
    @BatchSize(size = 100)
    private List<Change> changes = new ArrayList<>();

    @Embeddable
    static class Change {

        @Column(name = "field_name")
        private String field;

        @Column(name = "before_value")
        private String before;

        @Column(name = "after_value")
        private String after;

        protected Change() {
        }

        Change(String field, String before, String after) {
            this.field = field;
            this.before = clip(before);
            this.after = clip(after);
        }
    }

    protected AuditEntry() {
    }

    AuditEntry(AdminChangeRecorded event, Instant now) {
        this.occurredAt = now;
        this.actorId = event.actorId();
        this.actorLabel = event.actorLabel() == null ? "system" : clip(event.actorLabel(), 320);
        this.action = event.action();
        this.targetType = event.targetType();
        this.targetId = clip(event.targetId(), 100);
        this.targetLabel = clip(event.targetLabel(), 300);
        event.changes().forEach(c -> changes.add(new Change(c.field(), c.before(), c.after())));
    }

    AuditEntryView view() {
        return new AuditEntryView(id, occurredAt, actorId, actorLabel, action, targetType, targetId, targetLabel,
                changes.stream().map(c -> new AdminChangeRecorded.FieldChange(c.field, c.before, c.after)).toList());
    }

    private static String clip(String value) {
        return clip(value, MAX_VALUE);
    }

    private static String clip(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max - 1) + "…";
    }
}
