package io.resuelve.tickets;

import org.springframework.core.io.InputStreamSource;

/**
 * A file sent by a person; its declared type is ignored, the bytes are sniffed when stored.
 *
 * @param contentId the Content-ID of an image a mail shows inline ({@code cid:}), without angle brackets; {@code null}
 *                  for everything else
 */
public record Upload(String filename, InputStreamSource content, String contentId) {

    public Upload(String filename, InputStreamSource content) {
        this(filename, content, null);
    }

    /** The most files one message or ticket takes. */
    public static final int MAX_FILES = TicketAttachments.MAX_FILES_PER_MESSAGE;

    /** Whether a file of this name is refused outright (programs and scripts), before its bytes are looked at. */
    public static boolean refusedByName(String filename) {
        try {
            TicketAttachments.refuseProgram(TicketAttachments.filename(filename), null);
            return false;
        } catch (io.resuelve.shared.InvalidInputException refused) {
            return true;
        }
    }
}
