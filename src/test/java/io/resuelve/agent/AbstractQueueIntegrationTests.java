package io.resuelve.agent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.resuelve.support.ApiClient;
import io.resuelve.support.Fixtures;
import io.resuelve.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.util.HtmlUtils;

/**
 * The agent queue over the running application: views, counts, filters, order, pages, columns, bulk actions.
 * Subclasses run it on H2 and on PostgreSQL (the sort keys and the counts are SQL of their own).
 */
abstract class AbstractQueueIntegrationTests {

    private static final Pattern ROW = Pattern.compile("data-number=\"(\\d+)\"");

    @LocalServerPort
    int port;

    static long count(String page, String view) {
        Matcher m = Pattern.compile("data-count=\"" + Pattern.quote(view) + "\"[^>]*>(\\d+)<").matcher(page);
        assertThat(m.find()).as("count of " + view).isTrue();
        return Long.parseLong(m.group(1));
    }

    static List<Long> rows(String page) {
        List<Long> numbers = new ArrayList<>();
        Matcher m = ROW.matcher(page);
        while (m.find()) {
            numbers.add(Long.valueOf(m.group(1)));
        }
        return numbers;
    }

    static String currentView(String page) {
        Matcher link = Pattern.compile("<a [^>]*aria-current=\"page\"[^>]*>").matcher(page);
        assertThat(link.find()).as("current view").isTrue();
        Matcher id = Pattern.compile("id=\"view-([^\"]+)\"").matcher(link.group());
        assertThat(id.find()).isTrue();
        return id.group(1);
    }

    static String href(String page, String id) {
        Matcher m = Pattern.compile("id=\"" + id + "\"[^>]*href=\"([^\"]+)\"|href=\"([^\"]+)\"[^>]*id=\"" + id + "\"")
                .matcher(page);
        assertThat(m.find()).as("link " + id).isTrue();
        return HtmlUtils.htmlUnescape(m.group(1) != null ? m.group(1) : m.group(2));
    }

    String marker() {
        return "cola" + System.nanoTime();
    }

    @Test
    void viewsCountLiveAndWithinTheAgentsScope() {
        Fixtures fixtures = new Fixtures(port);
        ApiClient admin = fixtures.admin();
        Fixtures.Person customer = fixtures.customer("Clara Cliente", fixtures.organisation("Cola SA", false));
        Fixtures.Person ana = fixtures.agent("Ana Agente");
        WebSession agent = WebSession.signedIn(port, ana.email(), Fixtures.PASSWORD);
        String before = agent.get("/agente?vista=abiertos").body();
        assertThat(before).contains("Todos abiertos", "Esperando al cliente", "Resueltos (últimos 7 días)");

        String marker = marker();
        long first = fixtures.ticket(customer, marker + " pedidos no cargan");
        long second = fixtures.ticket(customer, marker + " error 1102");
        long secret = fixtures.ticket(customer, marker + " nómina confidencial");
        var finance = admin.post("/api/v1/groups", Map.of("name", "Finanzas " + marker, "restricted", true));
        assertThat(finance.status()).isEqualTo(201);
        long financeId = finance.number("id");
        assertThat(admin.patch("/api/v1/tickets/" + secret, Map.of("groupId", financeId)).status()).isEqualTo(200);

        String after = agent.get("/agente?vista=abiertos").body();
        assertThat(count(after, "sin-asignar")).isEqualTo(count(before, "sin-asignar") + 2);
        assertThat(count(after, "abiertos")).isEqualTo(count(before, "abiertos") + 2);
        assertThat(after).doesNotContain("grupo-" + financeId, "Finanzas " + marker);
        String search = agent.get("/agente?vista=abiertos&q=" + marker).body();
        assertThat(rows(search)).containsExactlyInAnyOrder(first, second);
        assertThat(agent.get("/agente?vista=grupo-" + financeId + "&q=" + marker).body())
                .doesNotContain(marker + " nómina");
        String asAdmin = WebSession.signedIn(port, Fixtures.ADMIN_EMAIL, Fixtures.ADMIN_PASSWORD)
                .get("/agente?vista=grupo-" + financeId).body();
        assertThat(count(asAdmin, "grupo-" + financeId)).isEqualTo(1);
        assertThat(rows(asAdmin)).containsExactly(secret);

        assertThat(admin.patch("/api/v1/tickets/" + first, Map.of("status", "PENDING_CUSTOMER")).status())
                .isEqualTo(200);
        assertThat(admin.post("/api/v1/tickets/" + second + "/resolve", Map.of()).status()).isEqualTo(200);
        String later = agent.get("/agente?vista=esperando-cliente").body();
        assertThat(count(later, "esperando-cliente")).isEqualTo(count(before, "esperando-cliente") + 2);
        assertThat(count(later, "resueltos")).isEqualTo(count(before, "resueltos") + 1);
        assertThat(rows(agent.get("/agente?vista=resueltos&q=" + marker).body())).containsExactly(second);

        // Nothing assigned yet: the home opens on "Sin asignar"; once they have tickets, on "Mis tickets".
        String home = agent.get("/agente").body();
        assertThat(currentView(home)).isEqualTo("sin-asignar");
        assertThat(count(home, "mis-tickets")).isZero();
        assertThat(admin.patch("/api/v1/tickets/" + first, Map.of("assignee", ana.id())).status()).isEqualTo(200);
        home = agent.get("/agente").body();
        assertThat(currentView(home)).isEqualTo("mis-tickets");
        assertThat(count(home, "mis-tickets")).isEqualTo(1);
        assertThat(rows(home)).containsExactly(first);
        assertThat(agent.get("/agente?vista=mis-tickets&estado=OPEN").body())
                .contains("Ningún ticket de esta vista coincide con los filtros");

        WebSession customerSession = WebSession.signedIn(port, customer.email(), Fixtures.PASSWORD);
        assertThat(customerSession.get("/agente").status()).isEqualTo(403);
    }

    @Test
    void everyFilterSelectsItsTickets() {
        Fixtures fixtures = new Fixtures(port);
        ApiClient admin = fixtures.admin();
        Fixtures.Organisation norte = fixtures.organisation("Norte", false);
        Fixtures.Organisation sur = fixtures.organisation("Sur", false);
        Fixtures.Person fromNorth = fixtures.customer("Nora Norte", norte);
        Fixtures.Person fromSouth = fixtures.customer("Saúl Sur", sur);
        Fixtures.Person ana = fixtures.agent("Ana Filtros");
        var group = admin.post("/api/v1/groups", Map.of("name", "Nivel 2 " + marker()));
        String marker = marker();
        long urgent = fixtures.ticket(fromNorth, marker + " urgente");
        long tagged = fixtures.ticket(fromSouth, marker + " etiquetado");
        long grouped = fixtures.ticket(fromSouth, marker + " agrupado");
        admin.patch("/api/v1/tickets/" + urgent, Map.of("priority", "URGENT", "type", "Consulta", "assignee",
                ana.id()));
        admin.patch("/api/v1/tickets/" + tagged, Map.of("tags", List.of("Facturacion", "vip"), "status", "ON_HOLD"));
        admin.patch("/api/v1/tickets/" + grouped, Map.of("groupId", group.number("id")));
        WebSession agent = WebSession.signedIn(port, ana.email(), Fixtures.PASSWORD);
        String base = "/agente?vista=abiertos&q=" + marker;

        assertThat(rows(agent.get(base).body())).containsExactlyInAnyOrder(urgent, tagged, grouped);
        assertThat(rows(agent.get(base + "&prioridad=URGENT").body())).containsExactly(urgent);
        assertThat(rows(agent.get(base + "&tipo=Consulta").body())).containsExactly(urgent);
        assertThat(rows(agent.get(base + "&etiqueta=facturacion").body())).containsExactly(tagged);
        assertThat(rows(agent.get(base + "&estado=ON_HOLD&estado=NEW").body()))
                .containsExactlyInAnyOrder(tagged, grouped);
        assertThat(rows(agent.get(base + "&grupo=" + group.number("id")).body())).containsExactly(grouped);
        assertThat(rows(agent.get(base + "&asignado=yo").body())).containsExactly(urgent);
        assertThat(rows(agent.get(base + "&asignado=" + ana.id()).body())).containsExactly(urgent);
        assertThat(rows(agent.get(base + "&asignado=ninguno").body())).containsExactlyInAnyOrder(tagged, grouped);
        assertThat(rows(agent.get(base + "&organizacion=" + norte.id()).body())).containsExactly(urgent);
        assertThat(rows(agent.get(base + "&canal=API").body())).hasSize(3);
        assertThat(rows(agent.get(base + "&canal=EMAIL").body())).isEmpty();
        assertThat(rows(agent.get(base + "&desde=2000-01-01&hasta=2999-12-31").body())).hasSize(3);
        assertThat(rows(agent.get(base + "&hasta=2000-01-01").body())).isEmpty();
        assertThat(rows(agent.get("/agente?vista=abiertos&q=%23" + tagged).body())).containsExactly(tagged);
        // Names come with the rows, and the filter bar opens when a filter is set.
        String page = agent.get(base + "&prioridad=URGENT").body();
        assertThat(page).contains("Nora Norte", norte.name(), "Ana Filtros", "Urgente");
        assertThat(page).containsPattern("id=\"queue-filters\"[^>]*\\sopen");
        assertThat(agent.get("/agente?vista=abiertos").body()).doesNotContainPattern("id=\"queue-filters\"[^>]*\\sopen");
    }

    @Test
    void sortsByAnyColumnAndPagesByKeyset() {
        Fixtures fixtures = new Fixtures(port);
        Fixtures.Person customer = fixtures.customer("Paula Paginas", null);
        Fixtures.Person ana = fixtures.agent("Ana Orden");
        String marker = marker();
        List<Long> created = new ArrayList<>();
        for (int i = 0; i < 53; i++) {
            // Subjects in an order unlike the numbers: 52, 51 … so subject order reverses creation order.
            created.add(fixtures.ticket(customer, marker + " asunto " + String.format("%03d", 52 - i)));
        }
        fixtures.admin().patch("/api/v1/tickets/" + created.get(10), Map.of("priority", "URGENT"));
        WebSession agent = WebSession.signedIn(port, ana.email(), Fixtures.PASSWORD);

        String first = agent.get("/agente?vista=abiertos&q=" + marker + "&orden=asunto&dir=asc").body();
        List<Long> page1 = rows(first);
        assertThat(page1).hasSize(50);
        assertThat(page1.get(0)).isEqualTo(created.get(52));
        assertThat(first).contains("aria-sort=\"ascending\"");
        String second = agent.get(href(first, "queue-next")).body();
        List<Long> page2 = rows(second);
        assertThat(page2).containsExactly(created.get(2), created.get(1), created.get(0));
        assertThat(second).doesNotContain("id=\"queue-next\"").contains("rel=\"prev\"");
        Matcher previous = Pattern.compile("rel=\"prev\"[^>]*href=\"([^\"]+)\"|href=\"([^\"]+)\"[^>]*rel=\"prev\"")
                .matcher(second);
        assertThat(previous.find()).isTrue();
        String back = HtmlUtils.htmlUnescape(previous.group(1) != null ? previous.group(1) : previous.group(2));
        assertThat(rows(agent.get(back).body())).isEqualTo(page1);

        assertThat(rows(agent.get("/agente?vista=abiertos&q=" + marker + "&orden=prioridad&dir=desc").body()).get(0))
                .isEqualTo(created.get(10));
        assertThat(rows(agent.get("/agente?vista=abiertos&q=" + marker + "&orden=numero&dir=asc").body()).get(0))
                .isEqualTo(created.get(0));
        for (String column : List.of("solicitante", "organizacion", "estado", "grupo", "asignado", "creado",
                "actividad")) {
            String sorted = agent.get("/agente?vista=abiertos&q=" + marker + "&orden=" + column + "&dir=asc").body();
            List<Long> all = new ArrayList<>(rows(sorted));
            all.addAll(rows(agent.get(href(sorted, "queue-next")).body()));
            assertThat(all).as("keyset pages sorted by " + column).hasSize(53).doesNotHaveDuplicates();
        }
    }

    @Test
    void theChosenColumnsAreKeptForTheAgent() {
        Fixtures fixtures = new Fixtures(port);
        Fixtures.Person ana = fixtures.agent("Ana Columnas");
        WebSession agent = WebSession.signedIn(port, ana.email(), Fixtures.PASSWORD);
        assertThat(agent.get("/agente").body()).contains("id=\"sort-solicitante\"").doesNotContain("id=\"sort-grupo\"");

        var saved = agent.post("/agente/columnas", Map.of("columnas", "numero,asunto,grupo", "volver",
                "/agente?vista=abiertos"));
        assertThat(saved.status()).isEqualTo(302);
        assertThat(saved.location()).endsWith("/agente?vista=abiertos");
        String page = WebSession.signedIn(port, ana.email(), Fixtures.PASSWORD).get("/agente").body();
        assertThat(page).contains("id=\"sort-grupo\"", "id=\"sort-asunto\"").doesNotContain("id=\"sort-solicitante\"");
        assertThat(agent.post("/agente/columnas", Map.of("columnas", "nada", "volver", "https://malo.example"))
                .location()).endsWith("/agente");
    }

    @Test
    void bulkActionsChangeEachTicketAndReportTheOnesThatRefuse() {
        Fixtures fixtures = new Fixtures(port);
        Fixtures.Person customer = fixtures.customer("Lola Lote", null);
        Fixtures.Person ana = fixtures.agent("Ana Lote");
        String marker = marker();
        long one = fixtures.ticket(customer, marker + " uno");
        long two = fixtures.ticket(customer, marker + " dos");
        long closed = fixtures.ticket(customer, marker + " cerrado");
        assertThat(fixtures.admin().post("/api/v1/tickets/" + closed + "/close", Map.of()).status()).isEqualTo(200);
        WebSession agent = WebSession.signedIn(port, ana.email(), Fixtures.PASSWORD);

        var done = agent.post("/agente/tickets/lote", Map.of("tickets", one + "," + two + "," + closed,
                "asignado", "yo", "prioridad", "HIGH", "etiqueta", "Lote", "volver", "/agente?vista=mis-tickets"));
        assertThat(done.status()).isEqualTo(302);
        String page = agent.get("/agente?vista=mis-tickets").body();
        assertThat(page).contains("2 actualizados.", "1 no se pudo actualizar", "#" + closed + " — ");
        assertThat(rows(page)).containsExactlyInAnyOrder(one, two);
        ApiClient api = fixtures.as(ana);
        var updated = api.get("/api/v1/tickets/" + one).json();
        assertThat(updated.get("assignee").get("id").asLong()).isEqualTo(ana.id());
        assertThat(updated.get("priority").asString()).isEqualTo("HIGH");
        assertThat(updated.get("status").asString()).isEqualTo("OPEN");
        assertThat(updated.get("tags").toString()).contains("lote");
        var untouched = api.get("/api/v1/tickets/" + closed).json();
        assertThat(untouched.get("priority").asString()).isEqualTo("NORMAL");
        assertThat(untouched.get("assignee").isNull()).isTrue();

        agent.post("/agente/tickets/lote", Map.of("tickets", Long.toString(one), "volver", "/agente"));
        assertThat(agent.get("/agente").body()).contains("Elija qué cambiar");
    }
}
