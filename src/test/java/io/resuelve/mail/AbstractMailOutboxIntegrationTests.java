package io.resuelve.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import io.resuelve.accounts.AccountManagement;
import io.resuelve.accounts.Actor;
import io.resuelve.accounts.NewUser;
import io.resuelve.accounts.PasswordResetRequested;
import io.resuelve.accounts.Role;
import io.resuelve.accounts.SignUpForExistingAccount;
import io.resuelve.accounts.SignUpRequested;
import io.resuelve.accounts.UserView;
import io.resuelve.shared.Language;
import io.resuelve.support.Fixtures;
import io.resuelve.tickets.NewTicket;
import io.resuelve.tickets.TicketManagement;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox on a database, without SMTP (so every mail stays PENDING): what the listeners queue, in each language,
 * and the lock the worker takes. Subclasses run it on H2 and on PostgreSQL.
 */
abstract class AbstractMailOutboxIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    MailOutbox outbox;

    @Autowired
    io.resuelve.support.MutableClock clock;

    @Autowired
    AccountManagement accounts;

    @Autowired
    TicketManagement tickets;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    LockProvider locks;

    static Stream<Arguments> accountMailsInEveryLanguage() {
        Map<String, Map<Language, String>> subjects = Map.of(
                "verify-email", Map.of(Language.ES, "Confirme su correo electrónico para activar su cuenta",
                        Language.EN, "Confirm your e-mail address to activate your account",
                        Language.PT, "Confirme seu e-mail para ativar sua conta"),
                "existing-account", Map.of(Language.ES, "Ya tiene una cuenta con este correo electrónico",
                        Language.EN, "You already have an account with this e-mail address",
                        Language.PT, "Você já tem uma conta com este e-mail"),
                "password-reset", Map.of(Language.ES, "Restablezca su contraseña", Language.EN, "Reset your password",
                        Language.PT, "Redefina sua senha"));
        return subjects.entrySet().stream().flatMap(template -> template.getValue().entrySet().stream()
                .map(subject -> Arguments.of(template.getKey(), subject.getKey(), subject.getValue())));
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("accountMailsInEveryLanguage")
    void accountEventsQueueTheirMailInTheRecipientsLanguage(String template, Language language, String subject) {
        UserView user = accounts.createUser(new NewUser("Valentina Soto", "valentina" + System.nanoTime()
                + "@farmacias.example", Role.CUSTOMER, null, null, language, "America/Santiago", Set.of()),
                Actor.system());
        Instant expiresAt = Instant.parse("2026-03-03T13:00:00Z");
        Object event = switch (template) {
            case "verify-email" -> new SignUpRequested(user.id(), user.email(), user.name(), language, "tok-123",
                    expiresAt);
            case "existing-account" -> new SignUpForExistingAccount(user.id(), user.email(), user.name(), language);
            default -> new PasswordResetRequested(user.id(), user.email(), user.name(), language, "tok-456",
                    expiresAt);
        };
        transaction.executeWithoutResult(status -> events.publishEvent(event));

        OutboxMailView mail = onlyMailTo(user.email());
        assertThat(mail.status()).isEqualTo(MailStatus.PENDING);
        assertThat(mail.attempts()).isZero();
        assertThat(mail.subject()).isEqualTo(subject);
        assertThat(mail.text() + mail.html()).doesNotContain("??").contains("Valentina Soto");
        List<String> links = switch (template) {
            case "verify-email" -> List.of("/registro/verificar?token=tok-123");
            case "existing-account" -> List.of("/login", "/contrasena/olvido");
            default -> List.of("/contrasena/restablecer?token=tok-456");
        };
        for (String link : links) {
            // The base URL is resuelve.base-url, http://localhost:0 in tests (the port is chosen later).
            assertThat(mail.text()).contains("http://localhost:0" + link);
            assertThat(mail.html()).contains("href=\"http://localhost:0" + link + "\"");
        }
        if (!template.equals("existing-account")) {
            // 13:00 UTC is 10:00 in Santiago (UTC-3 in March).
            assertThat(mail.text()).contains(Map.of(Language.ES, "vence el 3 de marzo de 2026 10:00 (hora de Chile)",
                    Language.EN, "expires on March 3, 2026", Language.PT, "expira em 3 de março de 2026").get(language));
        }
    }

    @Test
    void aTicketFiledForACustomerQueuesTheAcknowledgementAndNoneForStaff() {
        Fixtures fixtures = new Fixtures(port);
        Fixtures.Person customer = fixtures.customer("Mariana López", null);
        Fixtures.Person agent = fixtures.agent("Martín Gómez");

        long number = fixtures.ticket(customer, "El reporte de ventas no coincide con el ERP");
        var own = fixtures.as(agent).post("/api/v1/tickets", Map.of("subject", "Nota propia", "description",
                "Revisar la sincronización", "requesterEmail", agent.email()));
        assertThat(own.status()).as(own.toString()).isEqualTo(201);

        OutboxMailView mail = onlyMailTo(customer.email());
        assertThat(mail.subject())
                .isEqualTo("[Ticket #" + number + "] Recibimos su solicitud: El reporte de ventas no coincide con el ERP");
        assertThat(mail.text()).contains("Estado: Abierto", "/tickets/" + number);
        assertThat(mail.status()).isEqualTo(MailStatus.PENDING);
        assertThat(outbox.find(mail.id())).contains(mail);
        assertThat(mailsTo(agent.email())).isEmpty();
    }

    @Test
    void queueingNeedsTheCallersTransactionAndRollsBackWithIt() {
        OutgoingMail mail = new OutgoingMail("rollback" + System.nanoTime() + "@cliente.example", "Ana",
                Language.ES, Audience.CUSTOMER, "existing-account",
                Map.of("loginLink", "https://x.example/login", "resetLink", "https://x.example/olvido"),
                MailKind.AUTO_GENERATED);

        assertThatThrownBy(() -> outbox.enqueue(mail)).isInstanceOf(IllegalTransactionStateException.class);
        Long id = transaction.execute(status -> {
            long queued = outbox.enqueue(mail);
            status.setRollbackOnly();
            return queued;
        });

        assertThat(outbox.find(id)).isEmpty();
        assertThat(mailsTo(mail.to())).isEmpty();
    }

    @Test
    void automaticRepliesToOneAddressAreHeldBackBeyondTheHourlyLimit() {
        String robot = "autorespuesta" + System.nanoTime() + "@cliente.example";
        OutgoingMail reply = new OutgoingMail(robot, null, Language.ES, Audience.CUSTOMER, "existing-account",
                Map.of("loginLink", "https://x.example/login", "resetLink", "https://x.example/olvido"),
                MailKind.AUTO_REPLIED);
        OutgoingMail notice = new OutgoingMail(robot, null, Language.ES, Audience.CUSTOMER, "existing-account",
                Map.of("loginLink", "https://x.example/login", "resetLink", "https://x.example/olvido"),
                MailKind.AUTO_GENERATED);

        for (int i = 0; i < 12; i++) {
            transaction.executeWithoutResult(status -> outbox.enqueue(reply));
        }
        transaction.executeWithoutResult(status -> outbox.enqueue(notice));

        assertThat(mailsTo(robot)).extracting(OutboxMailView::status).filteredOn(MailStatus.PENDING::equals)
                .as("ten replies and the notice, which is no reply").hasSize(11);
        assertThat(mailsTo(robot)).filteredOn(mail -> mail.status() == MailStatus.SUPPRESSED).hasSize(2)
                .allSatisfy(mail -> assertThat(mail.lastError()).contains("automatic replies"));

        clock.advance(Duration.ofMinutes(61));
        transaction.executeWithoutResult(status -> outbox.enqueue(reply));
        assertThat(mailsTo(robot).get(0).status()).as("a new hour, a new allowance").isEqualTo(MailStatus.PENDING);
    }

    @Test
    void theWorkersLockIsExclusiveAndTimedByTheDatabase() {
        LockConfiguration config = new LockConfiguration(Instant.now(), "test-" + System.nanoTime(),
                Duration.ofMinutes(5), Duration.ZERO);

        Optional<SimpleLock> first = locks.lock(config);
        assertThat(first).isPresent();
        assertThat(locks.lock(config)).isEmpty();
        first.get().unlock();
        Optional<SimpleLock> again = locks.lock(config);
        assertThat(again).isPresent();
        again.ifPresent(SimpleLock::unlock);
    }

    List<OutboxMailView> mailsTo(String address) {
        return outbox.recent(500).stream().filter(mail -> mail.to().equals(address)).toList();
    }

    OutboxMailView onlyMailTo(String address) {
        List<OutboxMailView> mails = mailsTo(address);
        assertThat(mails).hasSize(1);
        return mails.get(0);
    }
}
