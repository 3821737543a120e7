package io.resuelve.kb;

import java.io.InputStream;

/** A downloadable article file; the receiver closes {@code content}. */
public record KbFileContent(KbFileView file, InputStream content) {
}
