package io.resuelve.kb;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.Set;

import io.resuelve.accounts.Actor;
import io.resuelve.shared.InvalidInputException;
import io.resuelve.shared.NotFoundException;
import io.resuelve.storage.BlobStorage;
import io.resuelve.storage.StoredBlob;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * Images and documents embedded in or linked from articles. Authors upload them for one article; whoever may read
 * the article may fetch them. Only pictures and common documents are accepted, judged by their bytes.
 */
@Service
@Transactional
public class ArticleFiles {

    /** What an article may carry, by sniffed media type: an allow-list, unlike ticket attachments. */
    private static final Set<String> ACCEPTED = Set.of("image/png", "image/jpeg", "image/gif", "image/webp",
            "application/pdf", "text/plain", "text/csv", "application/zip", "application/x-tika-ooxml",
            "application/x-tika-msoffice", "application/msword", "application/vnd.ms-excel",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            "application/vnd.oasis.opendocument.text", "application/vnd.oasis.opendocument.spreadsheet");

    private final KnowledgeBase knowledgeBase;
    private final KbFileRepository files;
    private final BlobStorage storage;
    private final DataSize maxSize;
    private final Clock clock;

    ArticleFiles(KnowledgeBase knowledgeBase, KbFileRepository files, BlobStorage storage,
            @Value("${resuelve.tickets.attachment-max-size:25MB}") DataSize maxSize, Clock clock) {
        this.knowledgeBase = knowledgeBase;
        this.files = files;
        this.storage = storage;
        this.maxSize = maxSize;
        this.clock = clock;
    }

    /** Stores a file for an article (staff only) and returns it, with the Markdown that shows or links it. */
    public KbFileView upload(long articleId, String filename, InputStream content, Actor by) {
        ArticleAuthoring.requireStaff(by);
        knowledgeBase.readable(articleId, by);
        String name = filename(filename);
        StoredBlob blob;
        try {
            blob = storage.store(content, maxSize.toBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!ACCEPTED.contains(blob.contentType())) {
            throw new InvalidInputException("file", "kb.error.fileType", name);
        }
        return files.save(new KbFile(articleId, name, blob.contentType(), blob.size(), blob.sha256(), by.userId(),
                clock.instant())).view();
    }

    /** An article's files, newest first (staff). */
    @Transactional(readOnly = true)
    public List<KbFileView> files(long articleId, Actor viewer) {
        ArticleAuthoring.requireStaff(viewer);
        return files.forArticle(articleId).stream().map(KbFile::view).toList();
    }

    /** Opens a file for a viewer who may read its article. */
    @Transactional(readOnly = true)
    public KbFileContent open(long fileId, Actor viewer) {
        KbFile file = files.findById(fileId).orElseThrow(() -> new NotFoundException("kb.error.notFound"));
        knowledgeBase.readable(file.articleId(), viewer);
        try {
            return new KbFileContent(file.view(), storage.open(file.sha256()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String filename(String filename) {
        String name = filename == null ? "" : filename.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}]", "").strip();
        if (name.isEmpty()) {
            name = "archivo";
        }
        return name.length() > 255 ? name.substring(name.length() - 255) : name;
    }
}
