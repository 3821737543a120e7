package io.resuelve.accounts;

import java.util.List;
import java.util.Locale;

import io.resuelve.shared.AdminChangeRecorded;
import io.resuelve.shared.ConflictException;
import io.resuelve.shared.InvalidInputException;
import io.resuelve.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Admins look after customer organisations: details, mail domains (each belongs to one organisation only: people
 * signing up with it join that organisation) and whether members see each other's tickets (seeds 000, 001, 003).
 * Creation is {@link AccountManagement#createOrganisation}. Every change is recorded in the audit log.
 */
@Service
@Transactional(readOnly = true)
public class OrganisationAdministration {

    static final String TARGET = "ORGANISATION";

    private final OrganisationRepository organisations;
    private final UserRepository users;
    private final ApplicationEventPublisher events;

    OrganisationAdministration(OrganisationRepository organisations, UserRepository users,
            ApplicationEventPublisher events) {
        this.organisations = organisations;
        this.users = users;
        this.events = events;
    }

    /** Organisations whose name or tax id contains the text (all when blank), by name. */
    public List<OrganisationView> search(String text) {
        String like = "%" + (text == null ? "" : text.strip().toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")) + "%";
        return organisations.search(like).stream().map(Organisation::view).toList();
    }

    /** The organisation's people, by name. */
    public List<UserView> members(Long organisationId) {
        return users.findByOrganisationIdOrderByNameAsc(organisationId).stream().map(UserAccount::view).toList();
    }

    @Transactional
    public OrganisationView change(Long id, OrganisationChange change, Actor by) {
        AccountManagement.requireAdmin(by);
        Organisation organisation = find(id);
        OrganisationView before = organisation.view();
        String name = AccountManagement.required("name", change.name(), 200);
        organisations.findByName(name).filter(other -> !other.id().equals(id)).ifPresent(other -> {
            throw new ConflictException("error.organisation.nameTaken", name);
        });
        organisation.change(name, AccountManagement.optional("taxId", change.taxId(), 50),
                AccountManagement.countryCode(change.country()), change.sharedTickets());
        OrganisationView after = organisation.view();
        var audit = audit(by, "organisation.changed", organisation).change("name", before.name(), after.name())
                .change("taxId", before.taxId(), after.taxId()).change("country", before.country(), after.country())
                .change("sharedTickets", before.sharedTickets(), after.sharedTickets());
        if (audit.changed()) {
            events.publishEvent(audit.build());
        }
        return after;
    }

    /** Adds a mail domain; a domain of another organisation is refused. */
    @Transactional
    public OrganisationView addDomain(Long id, String domain, Actor by) {
        AccountManagement.requireAdmin(by);
        Organisation organisation = find(id);
        List<String> normalised = AccountManagement.normaliseDomains(List.of(domain == null ? "" : domain));
        if (normalised.isEmpty()) {
            throw new InvalidInputException("domain", "error.field.required", "domain");
        }
        String added = normalised.get(0);
        var owner = organisations.findByDomain(added);
        if (owner.isPresent()) {
            if (owner.get().id().equals(id)) {
                return organisation.view();
            }
            throw new ConflictException("error.organisation.domainTakenBy", added, owner.get().name());
        }
        var before = organisation.domains();
        organisation.addDomain(added);
        events.publishEvent(audit(by, "organisation.domainAdded", organisation)
                .change("domains", before, organisation.domains()).build());
        return organisation.view();
    }

    @Transactional
    public OrganisationView removeDomain(Long id, String domain, Actor by) {
        AccountManagement.requireAdmin(by);
        Organisation organisation = find(id);
        var before = organisation.domains();
        if (domain != null && organisation.removeDomain(domain.trim().toLowerCase(Locale.ROOT))) {
            events.publishEvent(audit(by, "organisation.domainRemoved", organisation)
                    .change("domains", before, organisation.domains()).build());
        }
        return organisation.view();
    }

    private Organisation find(Long id) {
        return (id == null ? java.util.Optional.<Organisation>empty() : organisations.findById(id))
                .orElseThrow(() -> new NotFoundException("error.organisation.notFound"));
    }

    static AdminChangeRecorded.Builder audit(Actor by, String action, Organisation organisation) {
        return AdminChangeRecorded.of(by.userId(), by.email(), action, TARGET, organisation.id(),
                organisation.name());
    }
}
