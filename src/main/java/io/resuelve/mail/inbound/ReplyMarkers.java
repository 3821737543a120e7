package io.resuelve.mail.inbound;

import java.util.List;

/**
 * The line outgoing ticket mails put above the quoted history; everything a customer writes above it is the reply.
 * Outbound templates print the constant of the recipient's language; the parser recognises all three (and the phrase
 * without the {@code ##-} decoration, which some clients strip).
 */
public final class ReplyMarkers {

    public static final String SPANISH = "##- Responda por encima de esta línea -##";
    public static final String ENGLISH = "##- Reply above this line -##";
    public static final String PORTUGUESE = "##- Responda acima desta linha -##";

    /** The three markers. */
    public static final List<String> ALL = List.of(SPANISH, ENGLISH, PORTUGUESE);

    private ReplyMarkers() {
    }
}
