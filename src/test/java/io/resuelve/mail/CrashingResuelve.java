package io.resuelve.mail;

import io.resuelve.ResuelveApplication;
import io.resuelve.tickets.TicketCreated;
import org.springframework.boot.SpringApplication;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Resuelve as it runs in production, except that the process dies — {@link Runtime#halt(int)}, no shutdown hooks, as
 * with {@code kill -9} or a power cut — right after the first ticket's transaction commits: after the mail's ticket
 * exists and before the IMAP message is flagged. Started in a separate JVM by {@link MailCrashIntegrationTests}.
 */
public final class CrashingResuelve {

    /** The exit status of the halt, as a shell reports a process killed by SIGKILL. */
    static final int KILLED = 137;

    private CrashingResuelve() {
    }

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(ResuelveApplication.class);
        // Registered by hand, never by component scanning: no test context may ever pick this bean up.
        application.addInitializers(context -> ((GenericApplicationContext) context)
                .registerBean(HaltAfterFirstCommit.class));
        application.run(args);
    }

    static class HaltAfterFirstCommit {

        @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
        void on(TicketCreated created) {
            System.out.println("CRASH after the commit of ticket " + created.ticketNumber());
            System.out.flush();
            Runtime.getRuntime().halt(KILLED);
        }
    }
}
