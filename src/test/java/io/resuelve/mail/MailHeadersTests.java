package io.resuelve.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Properties;

import io.resuelve.shared.Language;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** No character of user data can end a header line and start another. */
class MailHeadersTests {

    private static final String INJECTION = "Ana Torres\r\nBcc: intruso@example.com";

    @ParameterizedTest
    @ValueSource(strings = { "\r\n", "\n", "\r", "\u2028", "\u2029", "\u0085", "\u0000", "\t", "\u001b", "\u007f" })
    void everyLineBreakOrControlCharacterBecomesASpace(String separator) {
        assertThat(MailHeaders.sanitize("Ana Torres" + separator + "Bcc: intruso@example.com"))
                .isEqualTo("Ana Torres Bcc: intruso@example.com");
    }

    @Test
    void keepsOrdinaryTextAndNullAsTheyAre() {
        assertThat(MailHeaders.sanitize("  José Ñúñez — «Soporte» 🚚 ")).isEqualTo("José Ñúñez — «Soporte» 🚚");
        assertThat(MailHeaders.sanitize(null)).isNull();
    }

    @Test
    void aForgedNameStaysInsideOneMailbox() {
        InternetAddress mailbox = MailHeaders.mailbox("ana@cliente.example", INJECTION);

        assertThat(mailbox.getAddress()).isEqualTo("ana@cliente.example");
        assertThat(mailbox.getPersonal()).isEqualTo("Ana Torres Bcc: intruso@example.com");
        assertThat(mailbox.toString()).doesNotContain("\r", "\n");
    }

    @Test
    void aBlankNameIsLeftOut() {
        assertThat(MailHeaders.mailbox("ana@cliente.example", "\r\n").getPersonal()).isNull();
        assertThat(MailHeaders.mailbox("ana@cliente.example", null).toString()).isEqualTo("ana@cliente.example");
    }

    @ParameterizedTest
    @ValueSource(strings = { "ana@cliente.example\r\nBcc: intruso@example.com", "ana@cliente.example\n",
            "ana@cliente.example, intruso@example.com", "Ana <ana@cliente.example>", "ana@cliente.example\u2028",
            "ana(comentario)@cliente.example", "ana", "", "ana@cliente", "ana@@cliente.example" })
    void onlyASinglePlainAddressIsAccepted(String address) {
        assertThatIllegalArgumentException().isThrownBy(() -> MailHeaders.mailbox(address, "Ana"));
    }

    @Test
    void theWrittenMessageHasOneRecipientAndEveryHeaderOnItsOwnLine() throws Exception {
        OutboxMail mail = new OutboxMail("ana@cliente.example", INJECTION,
                "[Ticket #1001] Recibimos su solicitud: Hola\r\nBcc: intruso@example.com", "Texto", "<p>HTML</p>",
                Language.ES, "customer/ticket-received", MailKind.AUTO_REPLIED, "<id-1@resuelve.local>",
                1001L, Instant.parse("2026-03-02T13:00:00Z"));
        MimeMessage message = MimeMails.write(new MimeMessage(Session.getInstance(new Properties())), mail,
                MailHeaders.mailbox("soporte@resuelve.local", "Soporte Resuelve"),
                MailHeaders.mailbox("soporte+t1001-0011223344-0123456789abcdef@resuelve.local", "Soporte Resuelve"),
                "resuelve.local", Instant.parse("2026-03-02T13:00:00Z"));
        message.saveChanges();
        message.setHeader("Message-ID", mail.messageId());
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        message.writeTo(raw);
        String headers = raw.toString(StandardCharsets.UTF_8).split("\r\n\r\n", 2)[0];

        assertThat(headers).doesNotContainPattern("(?im)^bcc:");
        assertThat(headers.lines()).allMatch(line -> line.matches("[A-Za-z-]+: .*|[ \\t].*"), "a header or its fold");
        assertThat(headers.lines().filter(line -> line.startsWith("To:"))).hasSize(1);
        assertThat(headers).contains("In-Reply-To: <ticket-1001@resuelve.local>",
                "References: <ticket-1001@resuelve.local>", "soporte+t1001-0011223344-0123456789abcdef@resuelve.local");
        MimeMessage parsed = new MimeMessage(Session.getInstance(new Properties()),
                new java.io.ByteArrayInputStream(raw.toByteArray()));
        assertThat(parsed.getAllRecipients()).extracting(a -> ((InternetAddress) a).getAddress())
                .containsExactly("ana@cliente.example");
        assertThat(parsed.getRecipients(RecipientType.BCC)).isNull();
        assertThat(parsed.getSubject()).isEqualTo("[Ticket #1001] Recibimos su solicitud: Hola Bcc: intruso@example.com");
        assertThat(parsed.getHeader("Auto-Submitted", null)).isEqualTo("auto-replied");
        assertThat(parsed.getHeader("Content-Language", null)).isEqualTo("es");
        assertThat(parsed.getMessageID()).isEqualTo("<id-1@resuelve.local>");
        MimeMultipart parts = (MimeMultipart) parsed.getContent();
        assertThat(parts.getContentType()).startsWith("multipart/alternative");
        assertThat(parts.getBodyPart(0).getContentType()).startsWith("text/plain").containsIgnoringCase("utf-8");
        assertThat(parts.getBodyPart(1).getContentType()).startsWith("text/html").containsIgnoringCase("utf-8");
    }
}
