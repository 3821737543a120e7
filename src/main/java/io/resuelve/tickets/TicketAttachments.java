package io.resuelve.tickets;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.resuelve.shared.InvalidInputException;
import io.resuelve.storage.BlobStorage;
import io.resuelve.storage.StoredBlob;
import org.springframework.stereotype.Component;

/** Stores a message's uploads in blob storage and records them. */
@Component
class TicketAttachments {

    static final int MAX_FILES_PER_MESSAGE = 20;
    /** Programs and scripts are never accepted: a help desk has no use for them and they are how malware travels. */
    private static final Set<String> REFUSED_TYPES = Set.of("application/x-msdownload", "application/x-dosexec",
            "application/x-executable", "application/x-elf", "application/x-mach-o-executable", "application/x-sh",
            "application/x-msdos-program", "application/x-ms-installer", "application/x-msi", "application/java-archive",
            "application/x-bat", "text/x-sh", "application/javascript", "text/javascript", "application/hta");
    private static final Set<String> REFUSED_EXTENSIONS = Set.of("exe", "com", "bat", "cmd", "scr", "pif", "msi",
            "msp", "jar", "js", "jse", "vbs", "vbe", "wsf", "wsh", "ps1", "psm1", "sh", "hta", "cpl", "lnk", "reg",
            "dll", "apk", "app", "deb", "rpm");

    private final BlobStorage storage;
    private final AttachmentRepository attachments;
    private final TicketsProperties properties;
    private final Clock clock;

    TicketAttachments(BlobStorage storage, AttachmentRepository attachments, TicketsProperties properties,
            Clock clock) {
        this.storage = storage;
        this.attachments = attachments;
        this.properties = properties;
        this.clock = clock;
    }

    MessageView attach(Long ticketId, Message message, List<Upload> uploads) {
        return message.view(store(ticketId, message.id(), uploads));
    }

    /** Files sent with a new ticket: they belong to its description, not to a message. */
    List<AttachmentView> attachToDescription(Long ticketId, List<Upload> uploads) {
        return store(ticketId, null, uploads);
    }

    private List<AttachmentView> store(Long ticketId, Long messageId, List<Upload> uploads) {
        if (uploads == null || uploads.isEmpty()) {
            return List.of();
        }
        if (uploads.size() > MAX_FILES_PER_MESSAGE) {
            throw new InvalidInputException("files", "error.attachment.tooMany", MAX_FILES_PER_MESSAGE);
        }
        List<AttachmentView> views = new ArrayList<>();
        for (Upload upload : uploads) {
            String name = filename(upload.filename());
            refuseProgram(name, null);
            StoredBlob blob;
            try (InputStream in = upload.content().getInputStream()) {
                blob = storage.store(in, properties.attachmentMaxSize().toBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            refuseProgram(name, blob.contentType());
            views.add(attachments.save(new Attachment(ticketId, messageId, name, blob, clock.instant())
                    .inlineAs(upload.contentId())).view());
        }
        return views;
    }

    static void refuseProgram(String filename, String sniffedType) {
        String extension = filename.contains(".")
                ? filename.substring(filename.lastIndexOf('.') + 1).toLowerCase(java.util.Locale.ROOT) : "";
        if (REFUSED_EXTENSIONS.contains(extension) || (sniffedType != null && REFUSED_TYPES.contains(sniffedType))) {
            throw new InvalidInputException("files", "error.attachment.typeNotAllowed", filename);
        }
    }

    /** Keeps only the last path segment and drops control characters, so a name is safe in any header. */
    static String filename(String raw) {
        String name = raw == null ? "" : raw.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\\u2028\\u2029\"]", "").strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            name = "archivo";
        }
        return name.length() > 255 ? name.substring(name.length() - 255) : name;
    }
}
