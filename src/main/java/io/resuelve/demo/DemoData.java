package io.resuelve.demo;

import java.util.List;
import java.util.Map;
import java.util.Set;

import io.resuelve.accounts.AccountManagement;
import io.resuelve.accounts.Actor;
import io.resuelve.accounts.AgentGroups;
import io.resuelve.accounts.NewOrganisation;
import io.resuelve.accounts.NewUser;
import io.resuelve.accounts.OrganisationView;
import io.resuelve.accounts.Role;
import io.resuelve.accounts.UserView;
import io.resuelve.catalog.Catalog;
import io.resuelve.shared.Language;
import io.resuelve.shared.ResuelveProperties;
import io.resuelve.tickets.Channel;
import io.resuelve.tickets.NewMessage;
import io.resuelve.tickets.NewTicket;
import io.resuelve.tickets.Priority;
import io.resuelve.tickets.TicketManagement;
import io.resuelve.tickets.TicketStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills an empty help desk (no organisation yet) with a realistic Spanish-speaking B2B setting, through the same
 * module APIs people use, so every ticket has its history and events. Off with {@code RESUELVE_DEMO_DATA=false}.
 */
@Component
@Order(10)
class DemoData implements ApplicationRunner {

    static final String PASSWORD = "Resuelve-Demo-2026";
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final ResuelveProperties properties;
    private final AccountManagement accounts;
    private final AgentGroups groups;
    private final Catalog catalog;
    private final TicketManagement tickets;
    private final TransactionTemplate transaction;
    private final DemoMacros macros;
    private final DemoArticles articles;

    DemoData(ResuelveProperties properties, AccountManagement accounts, AgentGroups groups, Catalog catalog,
            TicketManagement tickets, TransactionTemplate transaction, DemoMacros macros, DemoArticles articles) {
        this.properties = properties;
        this.accounts = accounts;
        this.groups = groups;
        this.catalog = catalog;
        this.tickets = tickets;
        this.transaction = transaction;
        this.macros = macros;
        this.articles = articles;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.demoData() || !accounts.organisations().isEmpty()) {
            return;
        }
        transaction.executeWithoutResult(status -> load());
        log.info("""
                Demo data loaded. Sign in with any of these (password {}):
                  agents:    lucia.fernandez@resuelve.local, martin.gomez@resuelve.local, sofia.ramirez@resuelve.local
                  customers: carolina.rojas@andina.example, andres.perez@andina.example (Distribuidora Andina, shares tickets)
                             ignacio.munoz@farmaciasdelsur.example, valentina.soto@farmaciasdelsur.example (Farmacias del Sur)
                             mariana.lopez@rioplatense.example (Logística Rioplatense, shares tickets)""", PASSWORD);
    }

    private void load() {
        Actor admin = Actor.system();
        DemoCatalog products = DemoCatalog.load(catalog);

        var n1 = groups.createGroup("Soporte nivel 1", "Primera atención: consultas y errores frecuentes", admin);
        var n2 = groups.createGroup("Soporte nivel 2", "Errores de intercambio, integraciones y defectos", admin);
        var billing = groups.createGroup("Facturación", "Facturas, pagos y normativa fiscal", admin);
        Actor lucia = agent("Lucía Fernández", "lucia.fernandez@resuelve.local", Set.of(n1.id()));
        Actor martin = agent("Martín Gómez", "martin.gomez@resuelve.local", Set.of(n1.id(), n2.id()));
        agent("Sofía Ramírez", "sofia.ramirez@resuelve.local", Set.of(billing.id()));

        OrganisationView andina = accounts.createOrganisation(new NewOrganisation("Distribuidora Andina S.A.S.",
                "900.123.456-7", "CO", List.of("andina.example"), true), admin);
        OrganisationView sur = accounts.createOrganisation(new NewOrganisation("Farmacias del Sur SpA",
                "76.543.210-K", "CL", List.of("farmaciasdelsur.example"), false), admin);
        OrganisationView rio = accounts.createOrganisation(new NewOrganisation("Logística Rioplatense S.R.L.",
                "30-71234567-8", "AR", List.of("rioplatense.example"), true), admin);
        Actor carolina = customer("Carolina Rojas", "carolina.rojas@andina.example", andina, Language.ES);
        Actor andres = customer("Andrés Pérez", "andres.perez@andina.example", andina, Language.ES);
        Actor ignacio = customer("Ignacio Muñoz", "ignacio.munoz@farmaciasdelsur.example", sur, Language.ES);
        Actor valentina = customer("Valentina Soto", "valentina.soto@farmaciasdelsur.example", sur, Language.ES);
        Actor mariana = customer("Mariana López", "mariana.lopez@rioplatense.example", rio, Language.ES);

        DemoTickets demo = new DemoTickets(tickets, products);
        demo.newTicket(carolina);
        demo.open(ignacio, lucia);
        demo.pendingCustomer(mariana, martin);
        demo.onHold(andres, martin);
        demo.resolved(valentina, lucia);
        demo.closedAfterConfirmation(carolina, lucia);
        demo.reopenedNotQuite(andres, martin);
        demo.returnedToRequester(mariana, lucia);
        demo.rejected(ignacio, lucia);
        demo.byEmail(lucia);
        macros.load(n2.id());
        articles.load(Map.of("Ruta Móvil", products.rutaMovil().productId(), "Ruta Web",
                products.rutaWeb().productId(), "Contable ERP", products.erp().productId()), lucia,
                List.of(carolina, andres, ignacio, valentina, mariana), andina.id());
    }

    private Actor agent(String name, String email, Set<Long> groups) {
        return accounts.createUser(new NewUser(name, email, Role.AGENT, null, PASSWORD, Language.ES,
                "America/Bogota", groups), Actor.system()).actor();
    }

    private Actor customer(String name, String email, OrganisationView org, Language language) {
        String zone = switch (org.country()) {
            case "CL" -> "America/Santiago";
            case "AR" -> "America/Argentina/Buenos_Aires";
            default -> "America/Bogota";
        };
        UserView user = accounts.createUser(new NewUser(name, email, Role.CUSTOMER, org.id(), PASSWORD, language,
                zone, Set.of()), Actor.system());
        return user.actor();
    }

    /** Shorthands kept here so the scenarios in {@link DemoTickets} read like the seeds. */
    static NewTicket ticket(String subject, String description, String type, Priority priority, Channel channel,
            String requester, DemoCatalog.Item product, String country) {
        return new NewTicket(subject, description, type, priority, channel, requester, List.of(), product.brandId(),
                product.productId(), country, null, null, null);
    }

    static NewMessage reply(String text, TicketStatus status) {
        return new NewMessage(text, null, false, status, List.of());
    }

    static NewMessage note(String text) {
        return new NewMessage(text, null, true, null, List.of());
    }
}
