package io.resuelve.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import io.resuelve.shared.Language;
import io.resuelve.support.ResuelveIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Header injection, judged on the wire: a tiny SMTP server records every line Resuelve sends, and a name and a subject
 * full of CR, LF and U+2028 still make one recipient, one To header and no header of their own.
 */
@ResuelveIntegrationTest
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class SmtpConversationIntegrationTests {

    private static final RecordingSmtpServer SMTP = new RecordingSmtpServer();

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", SMTP::port);
        registry.add("resuelve.mail.send-interval", () -> "100ms");
    }

    @Autowired
    MailOutbox outbox;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void injectedLineBreaksReachNoHeaderAndAddNoRecipient() {
        String victim = "ana" + System.nanoTime() + "@cliente.example";
        String name = "Ana Torres\r\nBcc: intruso@example.com\nX-Inyectado: nombre";
        String subject = "Pedido 1102\r\nBcc: intruso@example.com\u2028X-Inyectado: asunto\u2029Cc: otro@example.com";
        transaction.executeWithoutResult(status -> outbox.enqueue(new OutgoingMail(victim, name, Language.ES,
                Audience.CUSTOMER, "ticket-received", Map.of("number", 1102L, "subject", subject, "summary",
                        "Resumen", "statusKey", "ticket.status.NEW.customer", "link", "https://ayuda.example/t/1102"),
                MailKind.AUTO_GENERATED).aboutTicket(1102)));

        List<String> conversation = await().atMost(Duration.ofSeconds(20)).until(SMTP::lines,
                lines -> lines.stream().anyMatch(line -> line.equals("QUIT")));

        assertThat(conversation.stream().filter(line -> line.toUpperCase().startsWith("RCPT TO:")))
                .containsExactly("RCPT TO:<" + victim + ">");
        int data = conversation.indexOf("DATA");
        List<String> headers = conversation.subList(data + 1, conversation.indexOf(""));
        assertThat(headers).noneMatch(line -> line.matches("(?i)(bcc|cc|x-inyectado):.*"));
        assertThat(headers).filteredOn(line -> line.startsWith("To:")).hasSize(1);
        assertThat(headers).filteredOn(line -> line.startsWith("Subject:")).hasSize(1);
        assertThat(headers).allMatch(line -> line.matches("[A-Za-z-]+: .*|[ \\t].*"), "a header or its fold");
        assertThat(String.join("\n", headers)).doesNotContain("\u2028").doesNotContain("\u2029");
    }

    /** Answers like a mail server and keeps what the client said, line by line (one connection at a time). */
    static final class RecordingSmtpServer {

        private final ServerSocket socket;
        private final List<String> lines = Collections.synchronizedList(new ArrayList<>());

        RecordingSmtpServer() {
            try {
                socket = new ServerSocket(0);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Thread thread = new Thread(this::serve, "recording-smtp");
            thread.setDaemon(true);
            thread.start();
        }

        int port() {
            return socket.getLocalPort();
        }

        List<String> lines() {
            synchronized (lines) {
                return List.copyOf(lines);
            }
        }

        private void serve() {
            while (!socket.isClosed()) {
                try (Socket client = socket.accept()) {
                    converse(client);
                } catch (IOException e) {
                    // the next client gets a fresh conversation
                }
            }
        }

        private void converse(Socket client) throws IOException {
            BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(),
                    StandardCharsets.UTF_8));
            OutputStream out = client.getOutputStream();
            say(out, "220 registro ESMTP");
            boolean inData = false;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lines.add(line);
                if (inData) {
                    if (line.equals(".")) {
                        inData = false;
                        say(out, "250 recibido");
                    }
                    continue;
                }
                String command = line.toUpperCase();
                if (command.startsWith("DATA")) {
                    inData = true;
                    say(out, "354 adelante");
                } else if (command.startsWith("QUIT")) {
                    say(out, "221 adios");
                    return;
                } else {
                    say(out, "250 ok");
                }
            }
        }

        private static void say(OutputStream out, String reply) throws IOException {
            out.write((reply + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
        }
    }
}
