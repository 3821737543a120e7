package io.resuelve.mail;

import java.util.List;

/**
 * An incoming mail with what was read from it, for an admin to see why it ended as it did.
 *
 * @param newText    the text the sender wrote, without the quoted part; {@code null} when it could not be read
 * @param quotedText the earlier mail it quotes, if any
 * @param headers    its header lines as received, in order
 * @param readError  why the raw mail could not be read, when it could not
 */
public record InboundMailDetail(InboundMailView mail, String newText, String quotedText, List<Header> headers,
        String readError) {

    public InboundMailDetail {
        headers = List.copyOf(headers);
    }

    public record Header(String name, String value) {
    }
}
