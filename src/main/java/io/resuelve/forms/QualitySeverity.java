package io.resuelve.forms;

/**
 * How much a finding of the quality coach matters: {@code INFO} is a tip, {@code WARNING} a real shortcoming the
 * customer may still send, {@code BLOCKING} a shortcoming an administrator chose to refuse for the request type.
 */
public enum QualitySeverity {
    INFO, WARNING, BLOCKING
}
