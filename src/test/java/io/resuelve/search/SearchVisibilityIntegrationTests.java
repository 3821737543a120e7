package io.resuelve.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import io.resuelve.support.ApiClient;
import io.resuelve.support.Fixtures;
import io.resuelve.support.ResuelveIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Search never shows what the caller may not see: a customer finds only their own tickets, those they are in copy
 * on and their organisation's when it shares them; agents do not find restricted groups' tickets; internal notes
 * are for agents; restricted and draft articles stay hidden from visitors and customers.
 */
@ResuelveIntegrationTest
class SearchVisibilityIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Reindexing reindexing;

    @Test
    void aCustomerFindsOnlyTheTicketsTheyMaySee() {
        Fixtures fixtures = new Fixtures(port);
        String word = "zafiro" + System.nanoTime() % 100000;
        Fixtures.Organisation sharing = fixtures.organisation("Comparte", true);
        Fixtures.Organisation closed = fixtures.organisation("Reservada", false);
        Fixtures.Person ana = fixtures.customer("Ana Comparte", sharing);
        Fixtures.Person beto = fixtures.customer("Beto Comparte", sharing);
        Fixtures.Person carla = fixtures.customer("Carla Reservada", closed);
        Fixtures.Person dario = fixtures.customer("Dario Reservada", closed);
        long anas = fixtures.ticket(ana, "Facturación " + word + " de Ana");
        long carlas = fixtures.ticket(carla, "Facturación " + word + " de Carla");

        assertThat(ticketNumbers(fixtures.as(ana), word)).containsExactly(anas);
        assertThat(ticketNumbers(fixtures.as(beto), word)).as("the organisation shares tickets").containsExactly(anas);
        assertThat(ticketNumbers(fixtures.as(carla), word)).containsExactly(carlas);
        assertThat(ticketNumbers(fixtures.as(dario), word)).as("the organisation does not share").isEmpty();
        assertThat(ticketNumbers(fixtures.as(ana), word + " facturacion")).as("accents folded").containsExactly(anas);
        assertThat(ticketNumbers(fixtures.admin(), word)).containsExactlyInAnyOrder(anas, carlas);

        // Carla puts Darío in copy: from that commit on, he finds it
        var cc = fixtures.as(carla).patch("/api/v1/tickets/" + carlas, Map.of("cc", List.of(dario.email())));
        assertThat(cc.status()).as(cc.toString()).isEqualTo(200);
        assertThat(ticketNumbers(fixtures.as(dario), word)).containsExactly(carlas);
        // the organisation filter cannot widen a customer's scope
        assertThat(ticketNumbers(fixtures.as(beto), word + "&organization=" + closed.id())).isEmpty();
    }

    @Test
    void agentsDoNotFindTicketsOfRestrictedGroupsTheyAreNotIn() {
        Fixtures fixtures = new Fixtures(port);
        String word = "rubi" + System.nanoTime() % 100000;
        Fixtures.Person customer = fixtures.customer("Elena Cliente", fixtures.organisation("Rubí", false));
        Fixtures.Person agent = fixtures.agent("Fabio Agente");
        long open = fixtures.ticket(customer, "Consulta " + word + " abierta");
        long restricted = fixtures.ticket(customer, "Consulta " + word + " reservada");
        var group = fixtures.admin().post("/api/v1/groups", Map.of("name", "Legal " + word, "restricted", true));
        assertThat(group.status()).as(group.toString()).isEqualTo(201);
        var moved = fixtures.admin().patch("/api/v1/tickets/" + restricted, Map.of("groupId", group.number("id")));
        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);

        assertThat(ticketNumbers(fixtures.as(agent), word)).containsExactly(open);
        assertThat(ticketNumbers(fixtures.admin(), word)).containsExactlyInAnyOrder(open, restricted);
        assertThat(ticketNumbers(fixtures.as(customer), word)).containsExactlyInAnyOrder(open, restricted);
        assertThat(fixtures.as(agent).get("/api/v1/search?type=ticket&q=" + word).json().get(0).path("url")
                .asString()).isEqualTo("/agente/tickets/" + open);
    }

    @Test
    void internalNotesAreSearchedByAgentsOnlyAndNewMessagesAreFoundOnceCommitted() {
        Fixtures fixtures = new Fixtures(port);
        String word = "topacio" + System.nanoTime() % 100000;
        Fixtures.Person customer = fixtures.customer("Gina Cliente", fixtures.organisation("Topacio", false));
        long number = fixtures.ticket(customer, "Cobro " + word);
        ApiClient admin = fixtures.admin();
        assertThat(admin.post("/api/v1/tickets/" + number + "/messages",
                Map.of("body", "Le confirmamos el reembolso aprobado " + word)).status()).isEqualTo(201);
        assertThat(admin.post("/api/v1/tickets/" + number + "/messages",
                Map.of("body", "Posible fraude del comercio " + word, "internal", true)).status()).isEqualTo(201);

        JsonNode found = fixtures.as(customer).get("/api/v1/search?type=ticket&q=reembolso+" + word).json();
        assertThat(found).hasSize(1);
        assertThat(found.get(0).path("snippet").asString()).contains("<mark>reembolso</mark>");
        assertThat(found.get(0).path("url").asString()).isEqualTo("/tickets/" + number);
        assertThat(ticketNumbers(fixtures.as(customer), "rembolso " + word)).as("one typo").containsExactly(number);
        assertThat(ticketNumbers(fixtures.as(customer), "fraude " + word)).as("internal note").isEmpty();
        assertThat(fixtures.as(customer).get("/api/v1/search?type=ticket&q=" + word).body()).doesNotContain("fraude");
        assertThat(ticketNumbers(admin, "fraude " + word)).containsExactly(number);
        assertThat(ticketNumbers(fixtures.as(customer), "#" + number)).containsExactly(number);
    }

    @Test
    void agentsFindTicketsByTheirCustomFieldValuesAndFindTheChangedValue() {
        Fixtures fixtures = new Fixtures(port);
        String word = "granate" + System.nanoTime() % 100000;
        Fixtures.Person customer = fixtures.customer("Julia Cliente", fixtures.organisation("Granate", false));
        Map<String, Object> fields = new java.util.HashMap<>(Map.of("subsistema", "MOVIL", "version_app", "4.2.1",
                "pasos", "1. Abrir Salidas\n2. Intercambiar con la ruta " + word, "impact_users", 3,
                "impact_workaround", true));
        var created = fixtures.as(customer).post("/api/v1/tickets", Map.of("subject",
                "Los pedidos de la ruta 1 no se cargan en Salidas", "description",
                "Desde ayer los pedidos de la ruta 1 no se cargan; se emite el error 1102.", "type", "DEFECTO",
                "customFields", fields));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long number = created.number("number");
        ApiClient admin = fixtures.admin();

        assertThat(ticketNumbers(admin, word)).as("the steps to reproduce, a custom field").containsExactly(number);
        assertThat(ticketNumbers(fixtures.as(customer), word)).as("custom values are searched by agents only")
                .isEmpty();

        String changed = "zafiro" + System.nanoTime() % 100000;
        var patched = admin.patch("/api/v1/tickets/" + number, Map.of("customFields",
                Map.of("pasos", "1. Abrir Salidas\n2. Elegir la ruta " + changed)));
        assertThat(patched.status()).as(patched.toString()).isEqualTo(200);
        assertThat(ticketNumbers(admin, changed)).as("re-indexed when a value changes").containsExactly(number);
        assertThat(ticketNumbers(admin, word)).isEmpty();
    }

    @Test
    void articlesFollowTheReadingRules() {
        Fixtures fixtures = new Fixtures(port);
        String word = "cuarzo" + System.nanoTime() % 100000;
        Fixtures.Organisation listed = fixtures.organisation("Cuarzo", false);
        Fixtures.Person member = fixtures.customer("Hugo Miembro", listed);
        Fixtures.Person other = fixtures.customer("Iris Otra", fixtures.organisation("Otra", false));
        KbRows kb = new KbRows(jdbc, "CO", null);
        long open = kb.article("HOW_TO", "PUBLIC", true, "Cómo cambiar su contraseña " + word,
                "Abra **Perfil** y elija [Contraseña](/perfil/contrasena).", List.of());
        kb.translation(open, "en", "How to change your password " + word, "Open *Profile* and choose Password.");
        long customers = kb.article("SELF_HELP", "CUSTOMERS", true, "Facturación electrónica " + word,
                "Descargue sus facturas desde el portal.", List.of());
        long organisation = kb.article("PRODUCT_INFO", "ORGANIZATIONS", true, "Pedidos especiales " + word,
                "Condiciones de su contrato.", List.of(listed.id()));
        long agents = kb.article("HOW_TO", "AGENTS", true, "Procedimiento de reembolsos " + word, "Interno.",
                List.of());
        long draft = kb.article("HOW_TO", "PUBLIC", false, "Borrador sobre pedidos " + word, "Sin publicar.",
                List.of());
        assertThat(reindexing.runAndWait().state()).isEqualTo(Reindexing.State.DONE);

        ApiClient visitor = fixtures.anonymous();
        assertThat(articleIds(visitor, word)).containsExactly(open);
        assertThat(articleIds(fixtures.as(other), word)).containsExactlyInAnyOrder(open, customers);
        assertThat(articleIds(fixtures.as(member), word)).containsExactlyInAnyOrder(open, customers, organisation);
        assertThat(articleIds(fixtures.admin(), word)).containsExactlyInAnyOrder(open, customers, organisation, agents,
                draft);

        JsonNode spanish = visitor.get("/api/v1/search?type=article&lang=es&q=contrasenas+" + word).json();
        assertThat(spanish).hasSize(1);
        assertThat(spanish.get(0).path("url").asString()).isEqualTo("/ayuda/articulos/" + open);
        assertThat(spanish.get(0).path("title").asString()).isEqualTo("Cómo cambiar su contraseña " + word);
        assertThat(spanish.get(0).path("text").asString()).as("Markdown stripped").contains("Abra Perfil y elija")
                .doesNotContain("**").doesNotContain("](");
        JsonNode english = visitor.get("/api/v1/search?type=article&lang=en&q=passwords+" + word).json();
        assertThat(english).hasSize(1);
        assertThat(english.get(0).path("url").asString()).isEqualTo("/ayuda/articulos/" + open + "?lang=en");
        assertThat(english.get(0).path("title").asString()).isEqualTo("How to change your password " + word);
        // no Portuguese translation: the default one answers
        assertThat(visitor.get("/api/v1/search?type=article&lang=pt&q=" + word).json().get(0).path("language")
                .asString()).isEqualTo("es");
        assertThat(articleIds(fixtures.as(other), "facturacion " + word + "&kind=SELF_HELP")).containsExactly(customers);
        assertThat(articleIds(fixtures.as(other), word + "&kind=REGULATORY")).isEmpty();
        assertThat(articleIds(fixtures.as(other), word + "&country=CO")).containsExactlyInAnyOrder(open, customers);
        assertThat(articleIds(fixtures.as(other), word + "&country=PE")).isEmpty();
    }

    private static List<Long> ticketNumbers(ApiClient api, String q) {
        var response = api.get("/api/v1/search?type=ticket&q=" + q.replace(" ", "+").replace("#", "%23"));
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return numbers(response.json());
    }

    private static List<Long> articleIds(ApiClient api, String q) {
        var response = api.get("/api/v1/search?type=article&q=" + q.replace(" ", "+"));
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return numbers(response.json());
    }

    private static List<Long> numbers(JsonNode results) {
        List<Long> ids = new java.util.ArrayList<>();
        results.forEach(r -> ids.add(r.path("id").asLong()));
        return ids;
    }
}
