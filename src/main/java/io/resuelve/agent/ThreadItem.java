package io.resuelve.agent;

import java.time.Instant;
import java.util.List;

/**
 * One entry of the agent's thread: the description, a public reply or an internal note.
 *
 * @param fromSupport written by staff
 * @param fresh       added by someone else while the agent was writing (the collision warning shows it first)
 * @param quotedText  the quoted part of a mail, shown collapsed ("Mostrar texto citado"); null when none
 * @param html        the mail's sanitized HTML, shown on request ("Ver como HTML"); null when none
 */
public record ThreadItem(Long id, String authorName, String authorEmail, boolean fromSupport, boolean internal,
        boolean fresh, String body, Instant createdAt, List<FileLink> attachments, String quotedText, String html) {

    /** Whether the HTML has remote images waiting for "Mostrar imágenes remotas". */
    public boolean hasRemoteImages() {
        return html != null && html.contains("data-remote-src");
    }

    /** A file; {@code image} only when its sniffed type is a raster image safe to show inline. */
    public record FileLink(Long id, String filename, String size, boolean image) {
    }
}
