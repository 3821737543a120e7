package io.resuelve.storage;

import java.io.IOException;
import java.io.InputStream;

/** Where file contents live. Contents are addressed by the SHA-256 of their bytes, so storing twice is free. */
public interface BlobStorage {

    /**
     * Stores the stream's bytes, reading at most {@code maxBytes}.
     *
     * @throws io.resuelve.shared.TooLargeException when the stream is longer than {@code maxBytes}
     */
    StoredBlob store(InputStream content, long maxBytes) throws IOException;

    /**
     * Stores bytes whose type the caller knows already (a raw mail is {@code message/rfc822}): nothing is sniffed,
     * and contents stored before are not written again.
     */
    StoredBlob store(byte[] content, String contentType) throws IOException;

    /** Opens stored contents; the caller closes the stream. */
    InputStream open(String sha256) throws IOException;

    boolean exists(String sha256);
}
