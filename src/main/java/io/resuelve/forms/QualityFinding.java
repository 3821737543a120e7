package io.resuelve.forms;

/**
 * One thing the quality coach noticed, in the language it was asked for.
 *
 * @param rule     the rule's stable id, such as {@code subject.vague}
 * @param severity tip, shortcoming, or a shortcoming that blocks submission for this request type
 * @param message  what is wrong, in one sentence
 * @param why      why it matters to the people who will handle the ticket
 * @param fix      how to fix it
 * @param example  a good example of the same thing
 */
public record QualityFinding(String rule, QualitySeverity severity, String message, String why, String fix,
        String example) {

    /** A real shortcoming (not a tip): what the evaluation counts as a "vague or poor" finding. */
    public boolean isProblem() {
        return severity != QualitySeverity.INFO;
    }
}
