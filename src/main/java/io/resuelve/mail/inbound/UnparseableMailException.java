package io.resuelve.mail.inbound;

/**
 * A message that is not a mail at all (empty, no header block, larger than the parser accepts). The caller keeps the
 * raw bytes in quarantine; {@link #getMessage()} says why.
 */
public class UnparseableMailException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UnparseableMailException(String reason) {
        super(reason);
    }

    public UnparseableMailException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
