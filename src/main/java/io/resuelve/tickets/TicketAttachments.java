package io.resuelve.tickets;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import io.resuelve.shared.InvalidInputException;
import io.resuelve.storage.BlobStorage;
import io.resuelve.storage.StoredBlob;
import org.springframework.stereotype.Component;

/** Stores a message's uploads in blob storage and records them. */
@Component
class TicketAttachments {

    static final int MAX_FILES_PER_MESSAGE = 20;

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
            StoredBlob blob;
            try (InputStream in = upload.content().getInputStream()) {
                blob = storage.store(in, properties.attachmentMaxSize().toBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            views.add(attachments.save(new Attachment(ticketId, messageId, filename(upload.filename()), blob,
                    clock.instant())).view());
        }
        return views;
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
