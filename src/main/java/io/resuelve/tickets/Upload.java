package io.resuelve.tickets;

import org.springframework.core.io.InputStreamSource;

/** A file sent by a person; its declared type is ignored, the bytes are sniffed when stored. */
public record Upload(String filename, InputStreamSource content) {
}
