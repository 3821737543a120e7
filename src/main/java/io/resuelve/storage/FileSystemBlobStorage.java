package io.resuelve.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import io.resuelve.shared.ResuelveProperties;
import io.resuelve.shared.TooLargeException;
import org.springframework.stereotype.Component;

/** Stores blobs under {@code <data-dir>/blobs/ab/cd/abcd…}; writes go to a temp file and are moved into place. */
@Component
class FileSystemBlobStorage implements BlobStorage {

    private final Path root;
    private final ContentTypeSniffer sniffer;

    FileSystemBlobStorage(ResuelveProperties properties, ContentTypeSniffer sniffer) {
        this.root = properties.dataDir().resolve("blobs").toAbsolutePath().normalize();
        this.sniffer = sniffer;
    }

    @Override
    public StoredBlob store(InputStream content, long maxBytes) throws IOException {
        Files.createDirectories(root);
        Path temp = Files.createTempFile(root, "upload-", ".tmp");
        try {
            MessageDigest digest = sha256();
            long size;
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(temp), digest)) {
                size = copyAtMost(content, out, maxBytes);
            }
            String hash = HexFormat.of().formatHex(digest.digest());
            String contentType;
            try (InputStream head = Files.newInputStream(temp)) {
                contentType = sniffer.sniff(head);
            }
            Path target = pathOf(hash);
            if (!Files.exists(target)) {
                Files.createDirectories(target.getParent());
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            }
            return new StoredBlob(hash, size, contentType);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    @Override
    public StoredBlob store(byte[] content, String contentType) throws IOException {
        String hash = HexFormat.of().formatHex(sha256().digest(content));
        Path target = pathOf(hash);
        if (!Files.exists(target)) {
            Files.createDirectories(target.getParent());
            Path temp = Files.createTempFile(root, "upload-", ".tmp");
            try {
                Files.write(temp, content);
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(temp);
            }
        }
        return new StoredBlob(hash, content.length, contentType);
    }

    @Override
    public InputStream open(String sha256) throws IOException {
        return Files.newInputStream(pathOf(sha256));
    }

    @Override
    public boolean exists(String sha256) {
        return Files.exists(pathOf(sha256));
    }

    private Path pathOf(String sha256) {
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("Not a SHA-256: " + sha256);
        }
        return root.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
    }

    private static long copyAtMost(InputStream in, OutputStream out, long maxBytes) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        int read;
        while ((read = in.read(buffer)) != -1) {
            total += read;
            if (total > maxBytes) {
                throw new TooLargeException("error.attachment.tooLarge", maxBytes / (1024 * 1024));
            }
            out.write(buffer, 0, read);
        }
        return total;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
