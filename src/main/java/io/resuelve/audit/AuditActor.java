package io.resuelve.audit;

/** Someone who appears in the audit log, for the actor filter. */
public record AuditActor(Long id, String label) {
}
