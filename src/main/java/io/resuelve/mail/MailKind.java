package io.resuelve.mail;

/** Why a mail goes out without a person writing it, as its {@code Auto-Submitted} header says (RFC 3834). */
public enum MailKind {
    /** Caused by something happening in Resuelve (sign-up, a ticket filed on the portal). */
    AUTO_GENERATED("auto-generated"),
    /** An automatic answer to a mail someone sent, e.g. the acknowledgement of a ticket that arrived by mail. */
    AUTO_REPLIED("auto-replied");

    private final String headerValue;

    MailKind(String headerValue) {
        this.headerValue = headerValue;
    }

    /** The value of the {@code Auto-Submitted} header. */
    public String headerValue() {
        return headerValue;
    }
}
