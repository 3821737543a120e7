package io.resuelve.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.resuelve.accounts.Actor;
import io.resuelve.accounts.AgentGroups;
import io.resuelve.support.ApiClient;
import io.resuelve.support.Fixtures;
import io.resuelve.support.Fixtures.Organisation;
import io.resuelve.support.Fixtures.Person;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The REST API carried through every lifecycle path of the seeds, over real HTTP. Subclasses run it on H2 and on
 * PostgreSQL.
 */
abstract class AbstractTicketApiIntegrationTests {

    @LocalServerPort
    int port;
    @Autowired
    AgentGroups groups;

    Fixtures fixtures;
    Organisation andina;
    Person carolina;
    Person agent;
    ApiClient customerApi;
    ApiClient agentApi;

    @BeforeEach
    void setUp() {
        fixtures = new Fixtures(port);
        andina = fixtures.organisation("Distribuidora Andina", true);
        carolina = fixtures.customer("Carolina Rojas", andina);
        agent = fixtures.agent("Lucía Fernández");
        customerApi = fixtures.as(carolina);
        agentApi = fixtures.as(agent);
    }

    @Test
    void seed001PathAskReplyResolveNotQuiteResolveYes() {
        long number = fixtures.ticket(carolina, "No se cargan los pedidos de la ruta 1");
        assertThat(status(customerApi, number)).isEqualTo("NEW");

        var asked = agentApi.post(path(number, "/messages"), Map.of("body", "¿Qué versión de la aplicación usa?",
                "status", "PENDING_CUSTOMER"));
        assertThat(asked.status()).as(asked.toString()).isEqualTo(201);
        JsonNode waiting = customerApi.get(path(number, "")).json();
        assertThat(waiting.path("status").asString()).isEqualTo("PENDING_CUSTOMER");
        assertThat(waiting.path("statusLabel").asString()).isEqualTo("Esperando tu respuesta");
        assertThat(agentApi.get(path(number, "")).text("statusLabel")).isEqualTo("Preguntas al cliente");
        assertThat(waiting.path("firstResponseAt").isNull()).isFalse();

        assertThat(customerApi.post(path(number, "/messages"), Map.of("body", "La versión 4.2.1")).status())
                .isEqualTo(201);
        assertThat(status(customerApi, number)).isEqualTo("OPEN");

        assertThat(agentApi.post(path(number, "/resolve"), Map.of()).status()).isEqualTo(200);
        JsonNode resolved = customerApi.get(path(number, "")).json();
        assertThat(resolved.path("status").asString()).isEqualTo("RESOLVED");
        assertThat(resolved.path("statusLabel").asString()).isEqualTo("A la espera de confirmación");

        var withoutComment = customerApi.post(path(number, "/confirmation"), Map.of("solved", false));
        assertThat(withoutComment.status()).isEqualTo(400);
        assertThat(withoutComment.header("Content-Type")).startsWith("application/problem+json");
        assertThat(status(customerApi, number)).isEqualTo("RESOLVED");

        var notQuite = customerApi.post(path(number, "/confirmation"), Map.of("solved", false, "comment",
                "No del todo: faltan los pedidos del martes"));
        assertThat(notQuite.status()).as(notQuite.toString()).isEqualTo(200);
        assertThat(notQuite.text("status")).isEqualTo("OPEN");
        assertThat(customerApi.get(path(number, "/messages")).body()).contains("faltan los pedidos del martes");

        assertThat(agentApi.post(path(number, "/resolve"), Map.of()).status()).isEqualTo(200);
        var yes = customerApi.post(path(number, "/confirmation"), Map.of("solved", true));
        assertThat(yes.text("status")).isEqualTo("CLOSED");
        assertThat(yes.json().path("closedAt").isNull()).isFalse();

        assertThat(customerApi.post(path(number, "/close"), Map.of()).status()).isEqualTo(409);
        assertThat(customerApi.post(path(number, "/reopen"), Map.of()).status()).isEqualTo(409);
        assertThat(agentApi.post(path(number, "/messages"), Map.of("body", "Hola")).status()).isEqualTo(409);

        List<String> statuses = new ArrayList<>();
        for (JsonNode change : agentApi.get(path(number, "/history")).json()) {
            if (change.path("field").asString().equals("status")) {
                statuses.add(change.path("to").asString());
            }
        }
        assertThat(statuses).containsExactly("NEW", "PENDING_CUSTOMER", "OPEN", "RESOLVED", "OPEN", "RESOLVED",
                "CLOSED");
    }

    @Test
    void replyToClosedTicketOpensLinkedFollowUp() {
        long number = fixtures.ticket(carolina, "Cambio de telémetro en la máquina 214");
        assertThat(customerApi.post(path(number, "/close"), Map.of()).status()).isEqualTo(200);

        var reply = customerApi.post(path(number, "/messages"), Map.of("body", "Vuelve a fallar desde hoy"));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        assertThat(reply.json().path("followUp").asBoolean()).isTrue();
        long followUp = reply.number("ticketNumber");
        assertThat(followUp).isNotEqualTo(number);
        JsonNode ticket = customerApi.get(path(followUp, "")).json();
        assertThat(ticket.path("subject").asString()).isEqualTo("Cambio de telémetro en la máquina 214");
        assertThat(ticket.path("status").asString()).isEqualTo("NEW");
        assertThat(status(customerApi, number)).isEqualTo("CLOSED");
    }

    @Test
    void returnToRequesterListsWhatIsMissingInTheRequestersLanguage() {
        long number = fixtures.ticket(carolina, "No funciona");
        var returned = agentApi.post(path(number, "/return-to-requester"), Map.of("missing",
                List.of("steps", "screenshots", "El número de pedido afectado")));
        assertThat(returned.status()).as(returned.toString()).isEqualTo(200);
        assertThat(returned.text("status")).isEqualTo("PENDING_CUSTOMER");
        String thread = customerApi.get(path(number, "/messages")).body();
        assertThat(thread).contains("Los pasos para reproducir el problema",
                "Capturas de pantalla completas en las que se vea la URL", "El número de pedido afectado");

        assertThat(customerApi.post(path(number, "/return-to-requester"), Map.of("missing", List.of("steps")))
                .status()).isEqualTo(403);
    }

    @Test
    void rejectClosesWithAReasonTheCustomerSees() {
        long number = fixtures.ticket(carolina, "¡URGENTE! Todo está roto!");
        assertThat(agentApi.post(path(number, "/reject"), Map.of()).status()).isEqualTo(400);
        var rejected = agentApi.post(path(number, "/reject"), Map.of("reason",
                "No indica pantalla, mensaje de error ni pasos."));
        assertThat(rejected.status()).isEqualTo(200);
        JsonNode seen = customerApi.get(path(number, "")).json();
        assertThat(seen.path("status").asString()).isEqualTo("CLOSED");
        assertThat(seen.path("rejectionReason").asString()).isEqualTo("No indica pantalla, mensaje de error ni pasos.");
        assertThat(customerApi.get(path(number, "/messages")).body()).contains("No indica pantalla");
        assertThat(customerApi.post(path(number, "/reject"), Map.of("reason", "x")).status()).isEqualTo(403);
    }

    @Test
    void illegalMovesAnswer409InTheCallersLanguage() {
        long number = fixtures.ticket(carolina, "Consulta sobre reportes");
        var spanish = customerApi.post(path(number, "/reopen"), Map.of());
        assertThat(spanish.status()).isEqualTo(409);
        assertThat(spanish.header("Content-Type")).startsWith("application/problem+json");
        assertThat(spanish.text("detail")).isEqualTo("El ticket #" + number
                + " no está resuelto, así que no hay nada que reabrir.");
        var english = customerApi.inLanguage("en-US").post(path(number, "/confirmation"), Map.of("solved", true));
        assertThat(english.status()).isEqualTo(409);
        assertThat(english.text("detail")).isEqualTo("Ticket #" + number + " is not awaiting confirmation.");
        assertThat(agentApi.post(path(number, "/resolve"), Map.of()).status()).isEqualTo(200);
        var again = agentApi.inLanguage("pt-BR").post(path(number, "/resolve"), Map.of());
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.text("detail")).isEqualTo("O ticket #" + number + " já está resolvido.");
        var toPending = agentApi.patch(path(number, ""), Map.of("status", "PENDING_CUSTOMER"));
        assertThat(toPending.status()).isEqualTo(409);
        assertThat(toPending.text("detail")).contains("«Resuelto»", "«Preguntas al cliente»");
    }

    @Test
    void customersChangeOnlyTheFieldsSeed002AllowsThem() {
        long number = fixtures.ticket(carolina, "Actualizar datos de facturación");
        var allowed = customerApi.patch(path(number, ""), Map.of("taxId", "900.123.456-7", "companyName",
                "Distribuidora Andina S.A.S.", "contactPhone", "+57 601 555 0101", "cc",
                List.of("compras@" + andina.domain())));
        assertThat(allowed.status()).as(allowed.toString()).isEqualTo(200);
        assertThat(allowed.text("taxId")).isEqualTo("900.123.456-7");
        assertThat(allowed.json().path("cc").get(0).asString()).isEqualTo("compras@" + andina.domain());

        for (Map<String, Object> forbidden : List.<Map<String, Object>>of(Map.of("priority", "URGENT"),
                Map.of("country", "AR"), Map.of("status", "CLOSED"), Map.of("assignee", agent.id()),
                Map.of("brandId", 1), Map.of("productId", 1), Map.of("organizationId", 1),
                Map.of("requesterEmail", "otra@example.com"), Map.of("taxId", "1", "priority", "LOW"))) {
            var refused = customerApi.patch(path(number, ""), forbidden);
            assertThat(refused.status()).as(forbidden + " → " + refused).isEqualTo(403);
        }
        JsonNode after = customerApi.get(path(number, "")).json();
        assertThat(after.path("priority").asString()).isEqualTo("NORMAL");
        assertThat(after.path("taxId").asString()).isEqualTo("900.123.456-7");
        assertThat(after.path("status").asString()).isEqualTo("NEW");
        assertThat(customerApi.patch(path(number, ""), Map.of("colour", "red")).status()).isEqualTo(400);

        var triage = agentApi.patch(path(number, ""), Map.of("priority", "HIGH", "assignee", agent.id(), "tags",
                List.of("Facturación")));
        assertThat(triage.status()).as(triage.toString()).isEqualTo(200);
        assertThat(triage.text("priority")).isEqualTo("HIGH");
        assertThat(triage.text("status")).isEqualTo("OPEN");
        assertThat(triage.json().path("assignee").path("email").asString()).isEqualTo(agent.email());
    }

    @Test
    void agentsFileForAnyRequesterAndNewCustomersJoinTheirOrganisationByDomain() {
        String email = "nuevo.cliente@" + andina.domain();
        var filed = agentApi.post("/api/v1/tickets", Map.of("subject", "Solicitud Usuario de Tiquetes de Soporte",
                "description", "Solicito acceso a la plataforma de soporte.", "requesterEmail", email, "priority",
                "LOW", "cc", List.of(carolina.email())));
        assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
        assertThat(filed.json().path("requester").path("email").asString()).isEqualTo(email);
        assertThat(filed.json().path("organization").path("id").asLong()).isEqualTo(andina.id());
        assertThat(agentApi.post("/api/v1/tickets", Map.of("subject", "Sin solicitante", "description", "x"))
                .status()).isEqualTo(400);

        Person stranger = fixtures.customer("Persona Ajena", fixtures.organisation("Otra empresa", true));
        var forStranger = customerApi.post("/api/v1/tickets", Map.of("subject", "Para otra persona",
                "description", "x", "requesterEmail", stranger.email()));
        assertThat(forStranger.status()).isEqualTo(403);
        Person colleague = fixtures.customer("Andrés Pérez", andina);
        var forColleague = customerApi.post("/api/v1/tickets", Map.of("subject", "Para mi colega", "description",
                "x", "requesterEmail", colleague.email()));
        assertThat(forColleague.status()).isEqualTo(201);
    }

    @Test
    void visibilityFollowsOrganisationSharing() {
        long shared = fixtures.ticket(carolina, "Ticket de la organización que comparte");
        Person colleague = fixtures.customer("Andrés Pérez", andina);
        assertThat(fixtures.as(colleague).get(path(shared, "")).status()).isEqualTo(200);

        Organisation sur = fixtures.organisation("Farmacias del Sur", false);
        Person ignacio = fixtures.customer("Ignacio Muñoz", sur);
        Person valentina = fixtures.customer("Valentina Soto", sur);
        long own = fixtures.ticket(ignacio, "Ticket privado de Ignacio");
        assertThat(fixtures.as(valentina).get(path(own, "")).status()).isEqualTo(404);
        assertThat(fixtures.as(ignacio).get(path(shared, "")).status()).isEqualTo(404);
        assertThat(fixtures.as(valentina).get("/api/v1/tickets").body()).doesNotContain("Ticket privado");

        assertThat(fixtures.as(ignacio).patch(path(own, ""), Map.of("cc", List.of(valentina.email()))).status())
                .isEqualTo(200);
        assertThat(fixtures.as(valentina).get(path(own, "")).status()).isEqualTo(200);
        assertThat(fixtures.as(valentina).get("/api/v1/tickets").body()).contains("Ticket privado de Ignacio");
    }

    @Test
    void internalNotesNeverReachCustomers() {
        long number = fixtures.ticket(carolina, "Consulta sobre notas");
        assertThat(agentApi.post(path(number, "/messages"), Map.of("body", "NOTA-INTERNA revisar configuración",
                "internal", true)).status()).isEqualTo(201);
        var noted = agentApi.upload(path(number, "/attachments"), "diagnostico.txt", "text/plain",
                "diagnóstico interno".getBytes(java.nio.charset.StandardCharsets.UTF_8), "internal", "true");
        assertThat(noted.status()).as(noted.toString()).isEqualTo(201);
        long attachment = noted.json().path("message").path("attachments").get(0).path("id").asLong();

        assertThat(customerApi.get(path(number, "/messages")).body()).doesNotContain("NOTA-INTERNA",
                "diagnostico.txt");
        assertThat(agentApi.get(path(number, "/messages")).body()).contains("NOTA-INTERNA", "diagnostico.txt");
        assertThat(customerApi.get("/api/v1/attachments/" + attachment).status()).isEqualTo(404);
        assertThat(agentApi.get("/api/v1/attachments/" + attachment).status()).isEqualTo(200);
        assertThat(customerApi.post(path(number, "/messages"), Map.of("body", "x", "internal", true)).status())
                .isEqualTo(403);
        assertThat(customerApi.post(path(number, "/messages"), Map.of("body", "x", "status", "CLOSED")).status())
                .isEqualTo(403);
    }

    @Test
    void attachmentsAreSniffedAndServedSafely() {
        long number = fixtures.ticket(carolina, "Captura del error 1102");
        byte[] png = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1,
            0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1f, 0x15, (byte) 0xc4, (byte) 0x89 };
        var uploaded = customerApi.upload(path(number, "/attachments"), "..\\..\\captura\t.txt", "text/html", png,
                "body", "Adjunto la captura");
        assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
        JsonNode file = uploaded.json().path("message").path("attachments").get(0);
        assertThat(file.path("contentType").asString()).isEqualTo("image/png");
        assertThat(file.path("filename").asString()).isEqualTo("captura.txt");

        var download = customerApi.get(file.path("url").asString());
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.bytes()).isEqualTo(png);
        assertThat(download.header("Content-Type")).isEqualTo("image/png");
        assertThat(download.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(download.header("Content-Disposition")).startsWith("attachment");
        assertThat(download.header("Content-Security-Policy")).contains("sandbox");

        var tooLarge = customerApi.upload(path(number, "/attachments"), "grande.bin", "application/octet-stream",
                new byte[1024 * 1024 + 10]);
        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(tooLarge.text("detail")).contains("MB");
        var program = customerApi.upload(path(number, "/attachments"), "factura.pdf.exe", "application/pdf",
                new byte[] { 'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0 });
        assertThat(program.status()).isEqualTo(400);
        assertThat(program.text("detail")).contains("factura.pdf.exe");
        var disguised = customerApi.upload(path(number, "/attachments"), "script.txt", "text/plain",
                "#!/bin/sh\nrm -rf /\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(disguised.status()).as(disguised.toString()).isEqualTo(400);
        assertThat(customerApi.get(path(number, "/messages")).json()).hasSize(1);
    }

    @Test
    void listsArePagedByKeysetAndFiltered() {
        Organisation org = fixtures.organisation("Logística Rioplatense", true);
        Person mariana = fixtures.customer("Mariana López", org);
        List<Long> numbers = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            numbers.add(fixtures.ticket(mariana, "Reporte de ventas " + i));
        }
        ApiClient api = fixtures.as(mariana);
        var first = api.get("/api/v1/tickets?limit=2");
        assertThat(numbersOf(first.json())).containsExactly(numbers.get(4), numbers.get(3));
        long next = first.json().path("next").asLong();
        var second = api.get("/api/v1/tickets?limit=2&after=" + next);
        assertThat(numbersOf(second.json())).containsExactly(numbers.get(2), numbers.get(1));
        var last = api.get("/api/v1/tickets?limit=2&after=" + second.json().path("next").asLong());
        assertThat(numbersOf(last.json())).containsExactly(numbers.get(0));
        assertThat(last.json().path("next").isNull()).isTrue();

        agentApi.post(path(numbers.get(0), "/resolve"), Map.of());
        assertThat(numbersOf(api.get("/api/v1/tickets?status=RESOLVED").json())).containsExactly(numbers.get(0));
        assertThat(numbersOf(agentApi.get("/api/v1/tickets?organizationId=" + org.id() + "&requester="
                + mariana.email()).json())).hasSize(5);
        assertThat(api.get("/api/v1/tickets?status=ABIERTO").status()).isEqualTo(400);

        long billing = groups.createGroup("Facturación " + numbers.get(0), null, Actor.system()).id();
        agentApi.patch(path(numbers.get(1), ""), Map.of("groupId", billing));
        agentApi.patch(path(numbers.get(3), ""), Map.of("groupId", billing));
        assertThat(numbersOf(agentApi.get("/api/v1/tickets?groupId=" + billing).json()))
                .containsExactly(numbers.get(3), numbers.get(1));
        assertThat(numbersOf(agentApi.get("/api/v1/tickets?status=RESOLVED&groupId=" + billing).json())).isEmpty();
    }

    @Test
    void concurrentCreationNeverReusesANumber() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Long>> jobs = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                int n = i;
                jobs.add(() -> fixtures.ticket(carolina, "Ticket concurrente " + n));
            }
            Set<Long> numbers = new HashSet<>();
            for (Future<Long> result : pool.invokeAll(jobs)) {
                numbers.add(result.get());
            }
            assertThat(numbers).hasSize(24);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void personalApiTokensAreShownOnceAndRevocable() {
        var created = customerApi.post("/api/v1/me/tokens", Map.of("name", "Integración ERP"));
        assertThat(created.status()).isEqualTo(201);
        String token = created.text("token");
        assertThat(token).startsWith("rsv_").hasSizeGreaterThan(40);
        ApiClient withToken = fixtures.anonymous().withToken(token);
        assertThat(withToken.get("/api/v1/me").text("email")).isEqualTo(carolina.email());
        assertThat(customerApi.get("/api/v1/me/tokens").body()).contains("Integración ERP").doesNotContain(token);

        assertThat(customerApi.delete("/api/v1/me/tokens/" + created.number("id")).status()).isEqualTo(204);
        assertThat(withToken.get("/api/v1/me").status()).isEqualTo(401);
    }

    @Test
    void onlyAdminsCreateOrganisationsAndOnlyStaffCreatePeople() {
        assertThat(agentApi.post("/api/v1/organizations", Map.of("name", "X")).status()).isEqualTo(403);
        assertThat(customerApi.post("/api/v1/users", Map.of("email", "x@example.com")).status()).isEqualTo(403);
        var byAgent = agentApi.post("/api/v1/users", Map.of("name", "Cliente Nuevo", "email",
                "cliente.nuevo." + System.nanoTime() + "@example.com", "role", "CUSTOMER"));
        assertThat(byAgent.status()).isEqualTo(201);
        assertThat(agentApi.post("/api/v1/users", Map.of("email", "agente." + System.nanoTime() + "@example.com",
                "role", "AGENT")).status()).isEqualTo(403);
        var duplicate = fixtures.admin().post("/api/v1/users", Map.of("email", carolina.email().toUpperCase(),
                "role", "CUSTOMER"));
        assertThat(duplicate.status()).isEqualTo(409);
        var invalid = fixtures.admin().post("/api/v1/users", Map.of("email", "ana@example.com\r\nBcc: x@evil.com"));
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.text("field")).isEqualTo("email");
        assertThat(fixtures.anonymous().get("/api/v1/me").status()).isEqualTo(401);
    }

    @Test
    void ticketsAreFiledAgainstTheCatalogue() {
        Fixtures.CatalogueEntry entry = fixtures.catalogue();
        assertThat(customerApi.post("/api/v1/catalog/brands", Map.of("name", "Marca pirata")).status())
                .isEqualTo(403);
        JsonNode catalog = customerApi.get("/api/v1/catalog").json();
        JsonNode brand = null;
        for (JsonNode candidate : catalog.path("brands")) {
            if (candidate.path("id").asLong() == entry.brandId()) {
                brand = candidate;
            }
        }
        assertThat(brand).isNotNull();
        long productId = brand.path("products").get(0).path("id").asLong();
        var filed = customerApi.post("/api/v1/tickets", Map.of("subject", "Error al sincronizar la ruta 3",
                "description", "El intercambio falla con el error 1102.", "productId", productId, "country", "co"));
        assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
        assertThat(filed.json().path("brandId").asLong()).isEqualTo(brand.path("id").asLong());
        assertThat(filed.text("country")).isEqualTo("CO");
        var unknown = customerApi.post("/api/v1/tickets", Map.of("subject", "x", "description", "x", "productId",
                999_999));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.text("field")).isEqualTo("productId");
    }

    @Test
    void aRestrictedGroupsTicketsAreSeenOnlyByItsMembersAndAdmins() {
        var group = fixtures.admin().post("/api/v1/groups", Map.of("name", "Facturación " + System.nanoTime(),
                "restricted", true));
        assertThat(group.status()).as(group.toString()).isEqualTo(201);
        long groupId = group.number("id");
        var member = fixtures.admin().post("/api/v1/users", Map.of("name", "Sofía Ramírez", "email",
                "sofia." + System.nanoTime() + "@soporte.example", "role", "AGENT", "password", Fixtures.PASSWORD,
                "groupIds", List.of(groupId)));
        ApiClient memberApi = fixtures.anonymous().as(member.text("email"), Fixtures.PASSWORD);
        long number = fixtures.ticket(carolina, "Factura 2026-118 duplicada");
        assertThat(fixtures.admin().patch(path(number, ""), Map.of("groupId", groupId)).status()).isEqualTo(200);

        assertThat(agentApi.get(path(number, "")).status()).isEqualTo(404);
        assertThat(agentApi.get(path(number, "/messages")).status()).isEqualTo(404);
        assertThat(numbersOf(agentApi.get("/api/v1/tickets?limit=200").json())).doesNotContain(number);
        assertThat(memberApi.get(path(number, "")).status()).isEqualTo(200);
        assertThat(numbersOf(memberApi.get("/api/v1/tickets?groupId=" + groupId).json())).contains(number);
        assertThat(fixtures.admin().get(path(number, "")).status()).isEqualTo(200);
        assertThat(customerApi.get(path(number, "")).status()).as("the requester still sees it").isEqualTo(200);
        assertThat(agentApi.patch("/api/v1/groups/" + groupId, Map.of("restricted", false)).status()).isEqualTo(403);

        assertThat(fixtures.admin().patch("/api/v1/groups/" + groupId, Map.of("restricted", false)).status())
                .isEqualTo(200);
        assertThat(agentApi.get(path(number, "")).status()).isEqualTo(200);
    }

    static String path(long number, String suffix) {
        return "/api/v1/tickets/" + number + suffix;
    }

    static String status(ApiClient api, long number) {
        return api.get(path(number, "")).text("status");
    }

    static List<Long> numbersOf(JsonNode page) {
        List<Long> numbers = new ArrayList<>();
        page.path("items").forEach(item -> numbers.add(item.path("number").asLong()));
        return numbers;
    }
}
