package io.resuelve.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.resuelve.ResuelveApplication;
import io.resuelve.support.TestMails;
import jakarta.mail.Flags;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The process is killed between the commit of a mail's ticket and the IMAP flag — a real second JVM, halted with no
 * shutdown hook — and after a restart on the same database the mailbox holds exactly one ticket and one record of
 * that mail, while the mail that arrived behind it is taken in too. (The restarted instance reads the mailbox once the
 * dead one's lock has lapsed, within 30 seconds.)
 */
class MailCrashIntegrationTests {

    private static final long START_LIMIT_SECONDS = 180;

    @TempDir
    Path data;

    GreenMail imap;
    GreenMailUser mailbox;
    final List<Process> processes = new ArrayList<>();

    @BeforeEach
    void startMailServer() {
        imap = new GreenMail(new ServerSetup(TestMails.freePort(), "127.0.0.1", "imap"));
        imap.start();
        mailbox = imap.setUser(TestMails.SUPPORT, "soporte", "buzon-secreto");
    }

    @AfterEach
    void stopEverything() {
        processes.forEach(Process::destroyForcibly);
        imap.stop();
    }

    @Test
    void aCrashBetweenCommitAndFlagLeavesExactlyOneTicketAfterRestart() throws Exception {
        String sender = "crash" + System.nanoTime() + "@ferreteria.example";
        TestMails.deliver(mailbox, TestMails.plainMail(sender, "Carla", "Los pedidos no bajan a la tableta", null,
                "Desde las 8:00 los pedidos no bajan a la tableta de la ruta 4."));

        Process crashing = start(CrashingResuelve.class, "first");
        assertThat(crashing.waitFor(START_LIMIT_SECONDS, TimeUnit.SECONDS)).as("the first run dies").isTrue();
        assertThat(crashing.exitValue()).as(log("first")).isEqualTo(CrashingResuelve.KILLED);
        assertThat(Files.readString(logFile("first"))).contains("CRASH after the commit of ticket");
        assertThat(imap.getManagers().getImapHostManager().getInbox(mailbox).getMessages())
                .as("the crash came before the flag").noneMatch(message -> message.isSet(Flags.Flag.SEEN));

        // Meanwhile a second mail arrives; then Resuelve starts again on the same database.
        String next = "despues" + System.nanoTime() + "@ferreteria.example";
        TestMails.deliver(mailbox, TestMails.plainMail(next, "Diego", "Factura sin timbrar", null,
                "La factura 88 quedó sin timbrar."));
        Process restarted = start(ResuelveApplication.class, "second");
        waitUntil(() -> allSeen() || !restarted.isAlive());
        assertThat(restarted.isAlive()).as(log("second")).isTrue();
        assertThat(allSeen()).as("both mails flagged after the restart: %s", log("second")).isTrue();
        restarted.destroy(); // a clean stop, so the database file is closed before we read it
        assertThat(restarted.waitFor(60, TimeUnit.SECONDS)).isTrue();

        try (Connection db = DriverManager.getConnection(jdbcUrl(), "sa", "")) {
            assertThat(count(db, "select count(*) from tickets t join users u on u.id = t.requester_id "
                    + "where u.email = ?", sender)).as("one ticket, not two").isEqualTo(1);
            assertThat(count(db, "select count(*) from inbound_mails where sender = ?", sender)).isEqualTo(1);
            assertThat(count(db, "select count(*) from tickets t join users u on u.id = t.requester_id "
                    + "where u.email = ?", next)).as("the next mail flowed").isEqualTo(1);
        }
    }

    private boolean allSeen() {
        try {
            List<StoredMessage> messages = imap.getManagers().getImapHostManager().getInbox(mailbox).getMessages();
            return messages.size() == 2 && messages.stream().allMatch(message -> message.isSet(Flags.Flag.SEEN));
        } catch (com.icegreen.greenmail.store.FolderException e) {
            throw new IllegalStateException(e);
        }
    }

    private Process start(Class<?> main, String name) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                main.getName(),
                "--server.port=0",
                "--resuelve.data-dir=" + data,
                "--resuelve.demo-data=false",
                "--resuelve.mail.imap.host=127.0.0.1",
                "--resuelve.mail.imap.port=" + imap.getImap().getPort(),
                "--resuelve.mail.imap.ssl=false",
                "--resuelve.mail.imap.username=soporte",
                "--resuelve.mail.imap.password=buzon-secreto",
                "--resuelve.mail.poll-interval=1s",
                "--resuelve.mail.idle=false",
                "--resuelve.mail.send-interval=1h",
                "--logging.level.root=WARN",
                "--logging.level.io.resuelve=INFO"));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(logFile(name).toFile()).start();
        processes.add(process);
        return process;
    }

    private Path logFile(String name) {
        return data.resolve(name + ".log");
    }

    private String log(String name) {
        try {
            String text = Files.readString(logFile(name));
            return text.length() <= 6000 ? text : text.substring(text.length() - 6000);
        } catch (IOException e) {
            return e.toString();
        }
    }

    private String jdbcUrl() {
        return "jdbc:h2:file:" + data + File.separator + "db" + File.separator
                + "resuelve;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
    }

    private static long count(Connection db, String sql, String parameter) throws SQLException {
        try (var statement = db.prepareStatement(sql)) {
            statement.setString(1, parameter);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static void waitUntil(BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(START_LIMIT_SECONDS);
        while (!condition.getAsBoolean() && System.nanoTime() < end) {
            Thread.sleep(250);
        }
    }
}
