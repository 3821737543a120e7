package io.resuelve.mail.inbound;

/**
 * A reply divided in two.
 *
 * @param newText    what the sender wrote
 * @param quotedText the quoted history, signature and everything below the cut; empty when nothing was cut
 * @param forwarded  whether the text forwards another message (and was therefore left whole)
 */
record ReplySplit(String newText, String quotedText, boolean forwarded) {

    /** Whether anything was cut off. */
    boolean cut() {
        return !quotedText.isEmpty();
    }
}
