package io.resuelve.agent;

/**
 * What the agent had written when the page is shown again (collision or invalid input), so nothing is lost.
 *
 * @param status   the status chosen in "Enviar como", as its name; empty for "keep the current status"
 * @param internal the "Nota interna" toggle
 */
public record ReplyDraft(String body, String status, boolean internal) {

    static ReplyDraft empty(String defaultStatus) {
        return new ReplyDraft("", defaultStatus, false);
    }
}
