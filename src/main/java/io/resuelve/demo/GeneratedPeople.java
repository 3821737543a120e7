package io.resuelve.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

import io.resuelve.demo.TicketTexts.Queue;

/**
 * The groups, agents, organisations, customers and products generated tickets refer to, found by their unique
 * names or created with plain SQL, so generating twice reuses them. People get no password: they exist to be
 * requesters and assignees.
 */
final class GeneratedPeople {

    record Customer(long id, long organisationId, String country, String taxId, String companyName,
            String firstName) {
    }

    record Product(long brandId, long productId) {
    }

    private static final Map<Queue, String[]> GROUPS = Map.of(
            Queue.FIRST_LINE, new String[] { "Soporte nivel 1", "Primera atención: consultas y errores frecuentes" },
            Queue.SECOND_LINE, new String[] { "Soporte nivel 2", "Errores de intercambio, integraciones y defectos" },
            Queue.BILLING, new String[] { "Facturación", "Facturas, pagos y normativa fiscal" },
            Queue.INTEGRATIONS, new String[] { "Integraciones", "Interfaces con ERP y sistemas de terceros" });
    private static final String[] KINDS = { "Distribuidora", "Farmacias", "Logística", "Comercial", "Supermercados",
            "Ferretería", "Laboratorios", "Transportes", "Panificadora", "Lácteos" };
    private static final String[] PLACES = { "Andina", "del Sur", "Rioplatense", "del Pacífico", "Central",
            "del Norte", "Caribe", "Altiplano", "del Valle", "Patagónica", "Costera", "Oriental", "Llanera",
            "Cordillera", "Austral" };
    private static final String[][] COUNTRIES = { { "CO", "Colombia", "S.A.S." }, { "CL", "Chile", "SpA" },
            { "AR", "Argentina", "S.R.L." }, { "MX", "México", "S.A. de C.V." }, { "PE", "Perú", "S.A.C." },
            { "EC", "Ecuador", "Cía. Ltda." }, { "UY", "Uruguay", "S.A." }, { "ES", "España", "S.L." } };
    private static final String[] FIRST_NAMES = { "Carolina", "Andrés", "Ignacio", "Valentina", "Mariana", "Lucía",
            "Martín", "Sofía", "Javier", "Paula", "Gabriel", "Fernanda", "Ricardo", "Daniela", "Alejandro", "Camila",
            "Manuel", "Isabel", "Pedro", "Renata" };
    private static final String[] SURNAMES = { "Rojas", "Pérez", "Muñoz", "Soto", "López", "Fernández", "Gómez",
            "Ramírez", "García", "Martínez", "Sánchez", "Díaz", "Torres", "Vargas", "Castro", "Herrera", "Morales",
            "Ortiz", "Silva", "Núñez" };
    private static final String[][] PRODUCTS = { { "Ruta", "Ruta Móvil" }, { "Ruta", "Ruta Web" },
            { "Ruta", "Ruta Reparto" }, { "Contable", "Contable ERP" } };

    private final Map<Queue, Long> groups = new EnumMap<>(Queue.class);
    private final Map<Queue, List<Long>> agents = new EnumMap<>(Queue.class);
    private final List<Customer> customers = new ArrayList<>();
    private final List<Product> products = new ArrayList<>();

    private GeneratedPeople() {
    }

    static GeneratedPeople ensure(Connection connection) throws SQLException {
        GeneratedPeople people = new GeneratedPeople();
        Sql sql = new Sql(connection);
        people.catalogue(sql);
        people.groupsAndAgents(sql);
        people.organisationsAndCustomers(sql);
        return people;
    }

    private void catalogue(Sql sql) throws SQLException {
        for (String[] country : COUNTRIES) {
            if (sql.id("select 1 from countries where code = ?", country[0]) == null) {
                sql.execute("insert into countries (code, name) values (?, ?)", country[0], country[1]);
            }
        }
        for (String[] product : PRODUCTS) {
            long brand = sql.findOrInsert("select id from brands where name = ?", new Object[] { product[0] },
                    "insert into brands (name) values (?)", product[0]);
            long id = sql.findOrInsert("select id from products where brand_id = ? and name = ?",
                    new Object[] { brand, product[1] }, "insert into products (brand_id, name) values (?, ?)", brand,
                    product[1]);
            products.add(new Product(brand, id));
        }
    }

    private void groupsAndAgents(Sql sql) throws SQLException {
        int agentNumber = 0;
        for (Queue queue : Queue.values()) {
            String[] group = GROUPS.get(queue);
            long groupId = sql.findOrInsert("select id from agent_groups where name = ?", new Object[] { group[0] },
                    "insert into agent_groups (name, description) values (?, ?)", group[0], group[1]);
            groups.put(queue, groupId);
            List<Long> members = new ArrayList<>();
            for (int i = 0; i < 6; i++, agentNumber++) {
                String name = FIRST_NAMES[agentNumber % FIRST_NAMES.length] + " "
                        + SURNAMES[(agentNumber * 7) % SURNAMES.length];
                long agent = sql.user(name, "agente" + agentNumber + "@soporte.resuelve.local", "AGENT", null);
                if (sql.id("select user_id from user_groups where user_id = ? and group_id = ?", agent,
                        groupId) == null) {
                    sql.execute("insert into user_groups (user_id, group_id) values (?, ?)", agent, groupId);
                }
                members.add(agent);
            }
            agents.put(queue, members);
        }
    }

    private void organisationsAndCustomers(Sql sql) throws SQLException {
        for (int k = 0; k < KINDS.length; k++) {
            for (int p = 0; p < PLACES.length; p++) {
                String[] country = COUNTRIES[(k + p) % COUNTRIES.length];
                String base = KINDS[k] + " " + PLACES[p];
                String name = base + " " + country[2];
                String taxId = String.format(Locale.ROOT, "%09d", 100_000_000 + k * 1000 + p);
                String domain = slug(base) + ".example";
                Long existing = sql.id("select id from organisations where name = ?", name);
                long org = existing != null ? existing
                        : sql.insert("insert into organisations (name, tax_id, country, shared_tickets, created_at) "
                                + "values (?, ?, ?, ?, ?)", name, taxId, country[0], (k + p) % 3 == 0, now());
                if (sql.id("select organisation_id from organisation_domains where domain = ?", domain) == null) {
                    sql.execute("insert into organisation_domains (organisation_id, domain) values (?, ?)", org,
                            domain);
                }
                // Some customers file far more tickets than others: a few large accounts, many small ones.
                int size = 2 + (k * PLACES.length + p) % 9;
                for (int c = 0; c < size; c++) {
                    String first = FIRST_NAMES[(k + p * 3 + c) % FIRST_NAMES.length];
                    String last = SURNAMES[(k * 5 + p + c * 7) % SURNAMES.length];
                    String email = slug(first) + "." + slug(last) + c + "@" + domain;
                    long id = sql.user(first + " " + last, email, "CUSTOMER", org);
                    for (int weight = size - c; weight > 0; weight--) {
                        customers.add(new Customer(id, org, country[0], taxId, name, first));
                    }
                }
            }
        }
    }

    Customer customer(SplittableRandom random) {
        return customers.get(random.nextInt(customers.size()));
    }

    Long group(Queue queue) {
        return groups.get(queue);
    }

    /** One of the agents in the queue's group. */
    Long agent(Queue queue, SplittableRandom random) {
        List<Long> members = agents.get(queue);
        return members.get(random.nextInt(members.size()));
    }

    Product product(SplittableRandom random) {
        return products.get(random.nextInt(products.size()));
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    private static String slug(String text) {
        return java.text.Normalizer.normalize(text.toLowerCase(Locale.ROOT), java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    /** The few statements above, with their parameters bound in order. */
    private record Sql(Connection connection) {

        Long id(String query, Object... parameters) throws SQLException {
            try (PreparedStatement statement = connection.prepareStatement(query)) {
                bind(statement, parameters);
                try (ResultSet result = statement.executeQuery()) {
                    return result.next() ? result.getLong(1) : null;
                }
            }
        }

        /** Inserts one row and returns its generated id. */
        long insert(String statementText, Object... parameters) throws SQLException {
            try (PreparedStatement statement = connection.prepareStatement(statementText, new String[] { "id" })) {
                bind(statement, parameters);
                statement.executeUpdate();
                try (ResultSet keys = statement.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        }

        void execute(String statementText, Object... parameters) throws SQLException {
            try (PreparedStatement statement = connection.prepareStatement(statementText)) {
                bind(statement, parameters);
                statement.executeUpdate();
            }
        }

        long findOrInsert(String query, Object[] keys, String insert, Object... values) throws SQLException {
            Long found = id(query, keys);
            return found != null ? found : insert(insert, values);
        }

        long user(String name, String email, String role, Long organisationId) throws SQLException {
            Long found = id("select id from users where email = ?", email);
            return found != null ? found
                    : insert("insert into users (name, email, role, language, time_zone, organisation_id, enabled, "
                            + "verified, created_at) values (?, ?, ?, 'ES', 'America/Bogota', ?, true, true, ?)",
                            name, email, role, organisationId, now());
        }

        private static void bind(PreparedStatement statement, Object[] parameters) throws SQLException {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
        }
    }
}
