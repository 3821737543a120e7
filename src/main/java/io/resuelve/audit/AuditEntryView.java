package io.resuelve.audit;

import java.time.Instant;
import java.util.List;

import io.resuelve.shared.AdminChangeRecorded.FieldChange;

/** An audit entry as the audit page shows it. */
public record AuditEntryView(Long id, Instant occurredAt, Long actorId, String actorLabel, String action,
        String targetType, String targetId, String targetLabel, List<FieldChange> changes) {
}
