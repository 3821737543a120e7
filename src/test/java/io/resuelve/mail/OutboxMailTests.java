package io.resuelve.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.time.Duration;
import java.time.Instant;
import java.util.Random;

import io.resuelve.shared.Language;
import org.junit.jupiter.api.Test;

/** A mail moves only from PENDING: to SENT, to a later attempt, or to DEAD. */
class OutboxMailTests {

    private static final Instant NOW = Instant.parse("2026-03-02T13:00:00Z");
    private final Backoff backoff = new Backoff(3, Duration.ofSeconds(30), Duration.ofHours(1), new Random(5));

    @Test
    void aQueuedMailIsDueAtOnceAndKeepsItsHeadersOnOneLine() {
        OutboxMailView view = mail().view();

        assertThat(view.status()).isEqualTo(MailStatus.PENDING);
        assertThat(view.attempts()).isZero();
        assertThat(view.createdAt()).isEqualTo(NOW);
        assertThat(view.subject()).isEqualTo("Asunto con salto");
    }

    @Test
    void aSentMailCountsItsAttemptAndCannotBeSentOrFailAgain() {
        OutboxMail mail = mail();
        mail.sent(NOW);

        assertThat(mail.view().status()).isEqualTo(MailStatus.SENT);
        assertThat(mail.view().sentAt()).isEqualTo(NOW);
        assertThat(mail.view().attempts()).isEqualTo(1);
        assertThatIllegalStateException().isThrownBy(() -> mail.sent(NOW));
        assertThatIllegalStateException().isThrownBy(() -> mail.failed("boom", NOW, backoff));
    }

    @Test
    void failuresWaitThenGiveUpKeepingTheLastError() {
        OutboxMail mail = mail();

        mail.failed("connection refused", NOW, backoff);
        mail.failed("connection refused", NOW, backoff);
        assertThat(mail.view().status()).isEqualTo(MailStatus.PENDING);
        mail.failed("x".repeat(5000), NOW, backoff);

        assertThat(mail.view().status()).isEqualTo(MailStatus.DEAD);
        assertThat(mail.view().attempts()).isEqualTo(3);
        assertThat(mail.view().lastError()).hasSize(2000);
        assertThatIllegalStateException().isThrownBy(() -> mail.sent(NOW));
    }

    @Test
    void anUndeliverableMailIsGivenUpAtOnce() {
        OutboxMail mail = mail();
        mail.undeliverable("invalid address");

        assertThat(mail.view().status()).isEqualTo(MailStatus.DEAD);
        assertThat(mail.view().lastError()).isEqualTo("invalid address");
    }

    private static OutboxMail mail() {
        return new OutboxMail("ana@cliente.example", "Ana", "Asunto con\r\nsalto", "Texto", "<p>HTML</p>",
                Language.ES, "customer/existing-account", MailKind.AUTO_GENERATED, "<1@resuelve.local>", null, NOW);
    }
}
