package io.resuelve.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.UnsupportedEncodingException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.stream.StreamSupport;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import tools.jackson.databind.JsonNode;

/** Incoming mail for tests: plain mails as customers write them, a GreenMail inbox, and the tickets they made. */
public final class TestMails {

    /** The support address the test mails are sent to. */
    public static final String SUPPORT = "soporte@resuelve.local";

    private TestMails() {
    }

    /** A plain-text UTF-8 mail to {@link #SUPPORT}, answering {@code inReplyTo} when it is not {@code null}. */
    public static String plainMail(String from, String name, String subject, String inReplyTo, String body) {
        try {
            return "From: " + name + " <" + from + ">\r\n" + "To: Soporte <" + SUPPORT + ">\r\n" + "Subject: "
                    + MimeUtility.encodeText(subject, "UTF-8", "Q") + "\r\n"
                    + "Date: Mon, 3 Feb 2025 10:05:00 -0500\r\n" + "Message-ID: <" + System.nanoTime()
                    + "@ferreteria.example>\r\n"
                    + (inReplyTo == null ? "" : "In-Reply-To: " + inReplyTo + "\r\nReferences: " + inReplyTo + "\r\n")
                    + "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\n"
                    + "Content-Transfer-Encoding: 8bit\r\n\r\n" + body.replace("\n", "\r\n");
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Puts the raw mail in the user's GreenMail inbox. */
    public static void deliver(GreenMailUser mailbox, String raw) throws MessagingException {
        mailbox.deliver(new MimeMessage(Session.getInstance(new Properties()),
                new ByteArrayInputStream(raw.getBytes(StandardCharsets.UTF_8))));
    }

    /** The messages of the user's GreenMail inbox, with their flags. */
    public static List<StoredMessage> inbox(GreenMailExtension server, GreenMailUser mailbox) throws FolderException {
        return server.getManagers().getImapHostManager().getInbox(mailbox).getMessages();
    }

    /** The tickets of a requester, as the admin lists them (first page). */
    public static List<JsonNode> ticketsOf(Fixtures fixtures, String requester) {
        JsonNode page = fixtures.admin().get("/api/v1/tickets?requester=" + requester).json();
        return StreamSupport.stream(page.path("items").spliterator(), false).toList();
    }

    /** The requester's only ticket, read whole; fails when there is not exactly one. */
    public static JsonNode onlyTicketOf(Fixtures fixtures, String requester) {
        List<JsonNode> found = ticketsOf(fixtures, requester);
        assertThat(found).hasSize(1);
        return fixtures.admin().get("/api/v1/tickets/" + found.get(0).path("number").asLong()).json();
    }

    /** A port nothing listens on right now, for a test server started before the application. */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
