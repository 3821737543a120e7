package io.resuelve.mail.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class DeliveryReportTests {

    private final InboundMailParser parser = new InboundMailParser();

    @Test
    void theFailedRecipientOfAPostfixReportIsFoundWithTheServersReason() throws IOException {
        ParsedMail bounce = parser.parse(fixture("bounce-multipart-report.eml"));

        assertThat(DeliveryReport.failedRecipients(bounce)).containsExactly(
                new DeliveryReport.FailedRecipient("pedro.gomez@kioscoelsol.com", "5.1.1"));
    }

    @Test
    void onlyRecipientsWhoseDeliveryFailedCountAndFoldedFieldsAreRead() {
        String raw = "From: MAILER-DAEMON@mx.example\r\nTo: soporte@resuelve.local\r\nSubject: Delivery report\r\n"
                + "MIME-Version: 1.0\r\nContent-Type: multipart/report; report-type=delivery-status; boundary=b\r\n\r\n"
                + "--b\r\nContent-Type: text/plain\r\n\r\nReport\r\n"
                + "--b\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mx.example\r\n\r\n"
                + "Final-Recipient: rfc822; Ana@Cliente.example\r\nAction: delayed\r\nStatus: 4.4.1\r\n\r\n"
                + "Original-Recipient: rfc822; luis@cliente.example\r\nFinal-Recipient: RFC822; <luis@cliente.example>\r\n"
                + "Action: failed\r\nStatus: 5.2.2\r\nDiagnostic-Code: smtp; 552 5.2.2 Mailbox full,\r\n"
                + "  try again later\r\n--b--\r\n";

        assertThat(DeliveryReport.failedRecipients(parser.parse(raw.getBytes(StandardCharsets.US_ASCII))))
                .containsExactly(new DeliveryReport.FailedRecipient("luis@cliente.example",
                        "smtp; 552 5.2.2 Mailbox full, try again later"));
    }

    @Test
    void aMailWithoutAReportNamesNobody() {
        String raw = "From: ana@cliente.example\r\nSubject: Hola\r\n\r\nFinal-Recipient: rfc822; x@y.example\r\n"
                + "Action: failed\r\n";

        assertThat(DeliveryReport.failedRecipients(parser.parse(raw.getBytes(StandardCharsets.US_ASCII)))).isEmpty();
    }

    private static byte[] fixture(String name) throws IOException {
        try (InputStream in = DeliveryReportTests.class.getResourceAsStream("/mail/inbound/" + name)) {
            return in.readAllBytes();
        }
    }
}
