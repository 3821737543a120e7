package io.resuelve.audit;

import java.util.List;

/** A page of entries; {@code nextBefore} is the cursor of the next (older) page, or {@code null} at the end. */
public record AuditPage(List<AuditEntryView> entries, Long nextBefore) {
}
