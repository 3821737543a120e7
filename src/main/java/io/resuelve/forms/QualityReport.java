package io.resuelve.forms;

import java.util.List;

/**
 * What the quality coach says about a ticket: a score from 0 (says nothing) to 100 (nothing to improve), the
 * findings from the most to the least serious, and whether one of them blocks submission for the request type.
 */
public record QualityReport(int score, List<QualityFinding> findings, boolean blocked) {

    public QualityReport {
        findings = List.copyOf(findings);
    }

    /** The ids of the rules that found something, in order. */
    public List<String> rules() {
        return findings.stream().map(QualityFinding::rule).toList();
    }

    /** The findings that block submission. */
    public List<QualityFinding> blocking() {
        return findings.stream().filter(f -> f.severity() == QualitySeverity.BLOCKING).toList();
    }
}
