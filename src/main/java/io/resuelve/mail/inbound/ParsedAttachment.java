package io.resuelve.mail.inbound;

/**
 * A part that is not the body text: a file, an inline image, a forwarded message, a TNEF {@code winmail.dat} (kept as
 * the plain attachment it is). Like every record holding an array, two attachments are equal only when they share
 * the array.
 *
 * @param filename    decoded, without directories or control characters; a generated name when the part has none
 * @param contentType the lower-cased MIME type without parameters, e.g. {@code image/png}
 * @param content     the decoded bytes
 * @param inline      {@code true} for an image shown inside the HTML body ({@code cid:} reference)
 * @param contentId   the Content-ID without angle brackets, {@code null} when the part has none
 */
public record ParsedAttachment(String filename, String contentType, byte[] content, boolean inline, String contentId) {

    /** The size in bytes. */
    public int size() {
        return content.length;
    }
}
