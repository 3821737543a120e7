package io.resuelve.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.resuelve.ResuelveApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command-line pipe mode as an MTA runs it: a separate Java process reads one mail from standard input, opens its
 * ticket, says so and exits 0; the same mail piped again is recognised and not taken in twice.
 */
class MailPipeIntegrationTests {

    @TempDir
    Path data;

    @Test
    void aMailPipedToTheCommandLineOpensOneTicketEvenWhenPipedTwice() throws Exception {
        String sender = "rosa" + System.nanoTime() + "@ferreteria.example";
        Path mail = data.resolve("mail.eml");
        Files.writeString(mail, "From: Rosa Díaz <" + sender + ">\r\nTo: soporte@resuelve.local\r\n"
                + "Subject: La factura 881 no se imprime\r\nMessage-ID: <tuberia-" + System.nanoTime()
                + "@ferreteria.example>\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n"
                + "Al imprimir la factura 881 la impresora no responde.\r\n", StandardCharsets.UTF_8);

        Run first = pipe(mail, "first");
        assertThat(first.exit()).as(first.output()).isZero();
        assertThat(first.output()).containsPattern("resuelve: mail \\d+ PROCESSED ticket #\\d+");
        Run again = pipe(mail, "again");
        assertThat(again.exit()).as(again.output()).isZero();
        assertThat(again.output()).contains("(already taken in)");

        try (Connection db = DriverManager.getConnection("jdbc:h2:file:" + data + File.separator + "db"
                + File.separator + "resuelve;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE", "sa", "");
                PreparedStatement query = db.prepareStatement("select count(*) from tickets t join users u on "
                        + "u.id = t.requester_id where u.email = ? and t.subject = 'La factura 881 no se imprime'")) {
            query.setString(1, sender);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                assertThat(rows.getLong(1)).as("one ticket").isEqualTo(1);
            }
        }
    }

    private Run pipe(Path mail, String name) throws Exception {
        Path log = data.resolve(name + ".log");
        Process process = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                ResuelveApplication.class.getName(),
                "--resuelve.mail.pipe=true", "--spring.main.web-application-type=none",
                "--resuelve.data-dir=" + data, "--resuelve.demo-data=false", "--logging.level.root=WARN"))
                .redirectInput(mail.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        return new Run(process.isAlive() ? -1 : process.exitValue(), Files.readString(log));
    }

    private record Run(int exit, String output) {
    }
}
