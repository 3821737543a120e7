package io.resuelve.storage;

/**
 * Stored contents.
 *
 * @param sha256      hex SHA-256 of the bytes, the address
 * @param size        number of bytes
 * @param contentType media type sniffed from the bytes, never taken from the client
 */
public record StoredBlob(String sha256, long size, String contentType) {
}
