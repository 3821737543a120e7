package io.resuelve.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** Creates organisations, people and tickets through the REST API as the bootstrap administrator. */
public final class Fixtures {

    public static final String ADMIN_EMAIL = "admin@resuelve.local";
    public static final String ADMIN_PASSWORD = "Resuelve-Admin-2026";
    public static final String PASSWORD = "contraseña-segura-1";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final ApiClient anonymous;

    public Fixtures(int port) {
        this.anonymous = ApiClient.anonymous(port);
    }

    public ApiClient admin() {
        return anonymous.as(ADMIN_EMAIL, ADMIN_PASSWORD);
    }

    public ApiClient as(Person person) {
        return anonymous.as(person.email(), PASSWORD);
    }

    public ApiClient anonymous() {
        return anonymous;
    }

    public record Organisation(long id, String name, String domain) {
    }

    public record Person(long id, String email) {
    }

    public Organisation organisation(String name, boolean sharedTickets) {
        int n = SEQUENCE.incrementAndGet();
        String domain = "org" + n + "-" + System.nanoTime() % 100000 + ".example";
        var response = admin().post("/api/v1/organizations", Map.of("name", name + " " + n, "taxId", "900" + n,
                "country", "CO", "domains", List.of(domain), "sharedTickets", sharedTickets));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return new Organisation(response.number("id"), response.text("name"), domain);
    }

    public Person customer(String name, Organisation organisation) {
        String email = name.toLowerCase().replace(' ', '.') + SEQUENCE.incrementAndGet() + "@"
                + (organisation == null ? "independiente.example" : organisation.domain());
        var body = new java.util.HashMap<String, Object>(Map.of("name", name, "email", email, "role", "CUSTOMER",
                "password", PASSWORD));
        if (organisation != null) {
            body.put("organizationId", organisation.id());
        }
        var response = admin().post("/api/v1/users", body);
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return new Person(response.number("id"), email);
    }

    public Person agent(String name) {
        String email = name.toLowerCase().replace(' ', '.') + SEQUENCE.incrementAndGet() + "@soporte.example";
        var response = admin().post("/api/v1/users", Map.of("name", name, "email", email, "role", "AGENT",
                "password", PASSWORD));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return new Person(response.number("id"), email);
    }

    public record CatalogueEntry(long brandId, long productId) {
    }

    /** A brand with one product, and Colombia in the country list (added once per database). */
    public CatalogueEntry catalogue() {
        admin().post("/api/v1/catalog/countries", Map.of("code", "CO", "name", "Colombia"));
        var brand = admin().post("/api/v1/catalog/brands", Map.of("name", "Ruta " + SEQUENCE.incrementAndGet()));
        assertThat(brand.status()).as(brand.toString()).isEqualTo(201);
        var product = admin().post("/api/v1/catalog/brands/" + brand.number("id") + "/products",
                Map.of("name", "Ruta Móvil"));
        assertThat(product.status()).as(product.toString()).isEqualTo(201);
        return new CatalogueEntry(brand.number("id"), product.number("id"));
    }

    /** Files a ticket as the customer and returns its number. */
    public long ticket(Person customer, String subject) {
        var response = as(customer).post("/api/v1/tickets", Map.of("subject", subject, "description",
                "Los pedidos no se están cargando en la ruta 1; se emite el error 1102 durante el intercambio."));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.number("number");
    }
}
