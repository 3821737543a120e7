package io.resuelve.kb;

import java.time.Instant;

import io.resuelve.storage.ContentTypeSniffer;

/** An article's uploaded file. */
public record KbFileView(Long id, Long articleId, String filename, String contentType, long size,
        Instant uploadedAt) {

    /** The address pages and Markdown use for it. */
    public String url() {
        return "/ayuda/archivos/" + id;
    }

    public boolean image() {
        return ContentTypeSniffer.isSafeInlineImage(contentType);
    }

    /** What an author pastes into the Markdown body to show or link the file. */
    public String markdown() {
        String label = filename.replaceAll("[\\[\\]]", "");
        return (image() ? "![" + label + "](" : "[" + label + "](") + url() + ")";
    }
}
