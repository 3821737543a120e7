package io.resuelve.mail;

import java.io.IOException;

import io.resuelve.mail.inbound.InboundMailParser;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * The command-line pipe mode for MTAs that deliver to a program (Postfix {@code pipe}, procmail):
 * {@code java -jar resuelve.jar --resuelve.mail.pipe=true --spring.main.web-application-type=none < mail.eml}
 * takes in the mail from standard input, prints what became of it and exits (status 0, or 75 "try again later" when
 * it could not even be stored, so the MTA keeps the mail).
 */
@Component
@ConditionalOnProperty(name = "resuelve.mail.pipe", havingValue = "true")
class MailPipe implements ApplicationRunner {

    private final MailIngestion ingestion;
    private final ConfigurableApplicationContext context;

    MailPipe(MailIngestion ingestion, ConfigurableApplicationContext context) {
        this.ingestion = ingestion;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        int exit;
        try {
            byte[] raw = System.in.readNBytes(InboundMailParser.MAX_MESSAGE_BYTES + 1);
            IngestResult result = ingestion.ingest(InboundSource.pipe(), raw);
            System.out.println("resuelve: mail " + result.inboundId() + " " + result.status()
                    + (result.ticketNumber() == null ? "" : " ticket #" + result.ticketNumber())
                    + (result.duplicate() ? " (already taken in)" : ""));
            exit = 0;
        } catch (IOException | RuntimeException e) {
            System.err.println("resuelve: the mail could not be taken in: " + e);
            exit = 75;
        }
        int status = exit;
        System.exit(org.springframework.boot.SpringApplication.exit(context, () -> status));
    }
}
