package io.resuelve.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;

import io.resuelve.shared.ResuelveProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Contents addressed by their SHA-256: stored once, read back byte for byte, typed by sniffing or by the caller. */
class FileSystemBlobStorageTests {

    @TempDir
    Path data;

    @Test
    void bytesOfAKnownTypeAreStoredOnceUnderTheSameAddressAsAStream() throws Exception {
        FileSystemBlobStorage blobs = new FileSystemBlobStorage(new ResuelveProperties(data, false,
                "http://localhost:8080"), new ContentTypeSniffer());
        byte[] mail = "From: ana@cliente.example\r\nSubject: Hola\r\n\r\n¿Cuándo llega el pedido?\r\n"
                .getBytes(StandardCharsets.UTF_8);

        StoredBlob kept = blobs.store(mail, "message/rfc822");
        StoredBlob streamed = blobs.store(new ByteArrayInputStream(mail), mail.length);

        assertThat(kept.contentType()).isEqualTo("message/rfc822");
        assertThat(kept.size()).isEqualTo(mail.length);
        assertThat(streamed.sha256()).isEqualTo(kept.sha256());
        try (var in = blobs.open(kept.sha256())) {
            assertThat(in.readAllBytes()).isEqualTo(mail);
        }

        Path file;
        try (var files = Files.walk(data.resolve("blobs"))) {
            file = files.filter(Files::isRegularFile).findFirst().orElseThrow();
        }
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2020-01-01T00:00:00Z")));
        blobs.store(mail, "message/rfc822");
        assertThat(Files.getLastModifiedTime(file).toInstant()).as("not written again")
                .isEqualTo(Instant.parse("2020-01-01T00:00:00Z"));
        try (var files = Files.list(data.resolve("blobs"))) {
            assertThat(files.filter(p -> p.getFileName().toString().endsWith(".tmp"))).as("no temporary file left")
                    .isEmpty();
        }
    }
}
