package io.resuelve.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import io.resuelve.support.ApiClient;
import io.resuelve.support.Fixtures;
import io.resuelve.support.ResuelveIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What customers are mailed while support works on their ticket, checked in the outbox after each API call. */
@ResuelveIntegrationTest
class TicketUpdateMailsIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    MailOutbox outbox;

    Fixtures fixtures;
    Fixtures.Person customer;
    Fixtures.Person agentPerson;
    ApiClient agent;
    long number;

    @BeforeEach
    void fileATicket() {
        fixtures = new Fixtures(port);
        customer = fixtures.customer("Mariana López", null);
        agentPerson = fixtures.agent("Martín Gómez");
        agent = fixtures.as(agentPerson);
        number = fixtures.ticket(customer, "No se cargan los pedidos de la ruta 1");
    }

    @Test
    void anAgentsReplyGoesToTheRequesterAndACustomerInCopyEachInTheirLanguage() {
        Fixtures.Person english = customer("Emily Clark", "en");
        Fixtures.Person colleague = fixtures.agent("Lucía Vargas");
        var cc = agent.patch(path(""), Map.of("cc", List.of(english.email(), colleague.email())));
        assertThat(cc.status()).as(cc.toString()).isEqualTo(200);
        long before = lastMailId();

        post("/messages", Map.of("body", "Ya corregimos la sincronización.\nPor favor, vuelva a intentarlo.",
                "status", "PENDING_CUSTOMER"));

        OutboxMailView spanish = onlyMailSince(before, customer.email());
        assertThat(spanish.subject())
                .isEqualTo("[Ticket #" + number + "] Respuesta a su solicitud: No se cargan los pedidos de la ruta 1");
        assertThat(spanish.text()).contains("Hola, Mariana López:", "Martín Gómez respondió a su solicitud #" + number,
                "Ya corregimos la sincronización.\nPor favor, vuelva a intentarlo.", "Estado: Esperando tu respuesta",
                "Esperamos su respuesta para continuar", "http://localhost:0/tickets/" + number)
                .doesNotContain("¿Se ha resuelto su problema?");
        assertThat(spanish.html()).contains("Ya corregimos la sincronización.", "href=\"http://localhost:0/tickets/"
                + number + "\"");
        OutboxMailView inCopy = onlyMailSince(before, english.email());
        assertThat(inCopy.subject()).startsWith("[Ticket #" + number + "] Reply to your request");
        assertThat(inCopy.text()).contains("Hello Emily Clark,", "Martín Gómez replied", "Ya corregimos",
                "Status: Awaiting your reply");
        assertThat(mailsSince(before, colleague.email())).isEmpty();
        assertThat(mailsSince(before, null)).hasSize(2);
    }

    @Test
    void anInternalNoteIsNeverMailed() {
        long before = lastMailId();

        post("/messages", Map.of("body", "Nota interna: el cliente debe dos facturas", "internal", true));
        post("/messages", Map.of("body", "Revisamos su caso."));

        assertThat(mailsSince(before, null)).singleElement()
                .satisfies(mail -> assertThat(mail.text()).contains("Revisamos su caso."));
        assertThat(outbox.recent(500)).allSatisfy(mail -> assertThat(mail.text() + mail.html())
                .doesNotContain("debe dos facturas"));
    }

    @Test
    void aCustomersOwnReplyIsNotMailedBack() {
        long before = lastMailId();

        var reply = fixtures.as(customer).post(path("/messages"), Map.of("body", "Adjunto el detalle del error."));
        assertThat(reply.status()).as(reply.toString()).isBetween(200, 201);

        assertThat(mailsSince(before, null)).isEmpty();
    }

    @Test
    void aReplyThatResolvesIsOneMailWithTheConfirmationQuestion() {
        long before = lastMailId();

        post("/messages", Map.of("body", "Reiniciamos el servicio de intercambio.", "status", "RESOLVED"));

        OutboxMailView mail = onlyMailSince(before, customer.email());
        assertThat(mail.subject()).startsWith("[Ticket #" + number + "] Respuesta a su solicitud");
        assertThat(mail.text()).contains("Reiniciamos el servicio de intercambio.", "¿Se ha resuelto su problema?",
                "Si no responde, el ticket se cerrará automáticamente.", "Estado: A la espera de confirmación",
                "/tickets/" + number);
        assertThat(mail.html()).contains("¿Se ha resuelto su problema?", "(Sí)", "(No del todo)");
    }

    @Test
    void resolvingAloneAsksWhetherTheProblemIsSolved() {
        long before = lastMailId();

        post("/resolve", Map.of());

        OutboxMailView mail = onlyMailSince(before, customer.email());
        assertThat(mail.subject()).isEqualTo("[Ticket #" + number
                + "] Su solicitud está resuelta: No se cargan los pedidos de la ruta 1");
        assertThat(mail.text()).contains("¿Se ha resuelto su problema?",
                "Si no responde, el ticket se cerrará automáticamente.", "/tickets/" + number);
    }

    @Test
    void aRejectionTellsTheReason() {
        long before = lastMailId();

        post("/reject", Map.of("reason", "El equipo <b>no</b> es de nuestra marca."));

        OutboxMailView mail = onlyMailSince(before, customer.email());
        assertThat(mail.subject()).startsWith("[Ticket #" + number + "] Su solicitud fue rechazada");
        assertThat(mail.text()).contains("Motivo del rechazo:", "El equipo <b>no</b> es de nuestra marca.",
                "Estado: Cerrado");
        assertThat(mail.html()).contains("El equipo &lt;b&gt;no&lt;/b&gt; es de nuestra marca.");
    }

    @Test
    void aReturnToTheRequesterListsWhatIsMissing() {
        long before = lastMailId();

        post("/return-to-requester", Map.of("missing", List.of("screenshots", "Número de pedido")));

        OutboxMailView mail = onlyMailSince(before, customer.email());
        assertThat(mail.subject()).startsWith("[Ticket #" + number + "] Necesitamos más información");
        assertThat(mail.text()).contains("- Capturas de pantalla completas en las que se vea la URL",
                "- Número de pedido", "Estado: Esperando tu respuesta");
    }

    @Test
    void aTicketWhoseRequesterIsAnAgentMailsNobody() {
        var own = agent.post("/api/v1/tickets", Map.of("subject", "Revisar la sincronización", "description",
                "Tarea interna", "requesterEmail", agentPerson.email()));
        assertThat(own.status()).as(own.toString()).isEqualTo(201);
        number = own.number("number");
        long before = lastMailId();

        post("/messages", Map.of("body", "Hecho.", "status", "RESOLVED"));
        post("/reopen", Map.of());
        post("/return-to-requester", Map.of("missing", List.of("steps")));
        post("/reject", Map.of("reason", "Duplicado"));

        assertThat(mailsSince(before, null)).isEmpty();
    }

    private Fixtures.Person customer(String name, String language) {
        String email = name.toLowerCase().replace(' ', '.') + System.nanoTime() + "@cliente.example";
        var created = fixtures.admin().post("/api/v1/users", Map.of("name", name, "email", email, "role", "CUSTOMER",
                "password", Fixtures.PASSWORD, "language", language));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return new Fixtures.Person(created.number("id"), email);
    }

    private void post(String action, Object body) {
        var response = agent.post(path(action), body);
        assertThat(response.status()).as(action + " " + response).isBetween(200, 201);
    }

    private String path(String action) {
        return "/api/v1/tickets/" + number + action;
    }

    private long lastMailId() {
        return outbox.recent(1).stream().mapToLong(OutboxMailView::id).max().orElse(0);
    }

    /** Mails queued after {@code id}, to one address or (with {@code null}) to anybody. */
    private List<OutboxMailView> mailsSince(long id, String to) {
        return outbox.recent(500).stream().filter(mail -> mail.id() > id)
                .filter(mail -> to == null || mail.to().equals(to)).toList();
    }

    private OutboxMailView onlyMailSince(long id, String to) {
        List<OutboxMailView> mails = mailsSince(id, to);
        assertThat(mails).hasSize(1);
        return mails.get(0);
    }
}
