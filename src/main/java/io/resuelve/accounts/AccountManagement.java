package io.resuelve.accounts;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.resuelve.shared.ConflictException;
import io.resuelve.shared.ForbiddenException;
import io.resuelve.shared.InvalidInputException;
import io.resuelve.shared.Language;
import io.resuelve.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The accounts module's API: people and organisations. Agent groups are in {@link AgentGroups}, tokens in
 * {@link ApiTokens}, the own profile in {@link Profiles}.
 */
@Service
@Transactional(readOnly = true)
public class AccountManagement {

    private static final String DEFAULT_TIME_ZONE = "America/Bogota";

    private final UserRepository users;
    private final OrganisationRepository organisations;
    private final AgentGroupRepository groups;
    private final PasswordPolicy passwords;
    private final NewUserDefaults defaults;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AccountManagement(UserRepository users, OrganisationRepository organisations, AgentGroupRepository groups,
            PasswordPolicy passwords, NewUserDefaults defaults, ApplicationEventPublisher events, Clock clock) {
        this.users = users;
        this.organisations = organisations;
        this.groups = groups;
        this.passwords = passwords;
        this.defaults = defaults;
        this.events = events;
        this.clock = clock;
    }

    // ---- organisations -------------------------------------------------------------------------------------

    /** Creates an organisation. Admins only; names and mail domains are unique. */
    @Transactional
    public OrganisationView createOrganisation(NewOrganisation command, Actor by) {
        requireAdmin(by);
        String name = required("name", command.name(), 200);
        if (organisations.existsByName(name)) {
            throw new ConflictException("error.organisation.nameTaken", name);
        }
        List<String> domains = normaliseDomains(command.domains());
        for (String domain : domains) {
            if (organisations.findByDomain(domain).isPresent()) {
                throw new ConflictException("error.organisation.domainTaken", domain);
            }
        }
        Organisation organisation = organisations.save(new Organisation(name,
                optional("taxId", command.taxId(), 50), countryCode(command.country()), domains,
                command.sharedTickets(), clock.instant()));
        OrganisationView view = organisation.view();
        events.publishEvent(OrganisationAdministration.audit(by, "organisation.created", organisation)
                .change("name", null, view.name()).change("taxId", null, view.taxId())
                .change("country", null, view.country()).change("domains", null, view.domains())
                .change("sharedTickets", null, view.sharedTickets()).build());
        return view;
    }

    public Optional<OrganisationView> organisation(Long id) {
        return id == null ? Optional.empty() : organisations.findById(id).map(Organisation::view);
    }

    public List<OrganisationView> organisations() {
        return organisations.findAll().stream().map(Organisation::view).toList();
    }

    /** Organisations by id in one query, for lists. */
    public Map<Long, OrganisationView> organisations(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return organisations.findByIdIn(Set.copyOf(ids)).stream()
                .map(Organisation::view)
                .collect(Collectors.toMap(OrganisationView::id, Function.identity()));
    }

    /** Whether every member of the organisation sees all of its tickets (seeds 000 and 001). */
    public boolean sharesTickets(Long organisationId) {
        return organisationId != null
                && organisations.findById(organisationId).map(Organisation::sharesTickets).orElse(false);
    }

    // ---- people ----------------------------------------------------------------------------------------------

    /**
     * Creates a person. Admins create anyone; agents create customers only. A customer without an organisation
     * joins the one whose mail domain matches their e-mail, if any.
     */
    @Transactional
    public UserView createUser(NewUser command, Actor by) {
        Role role = command.role() == null ? Role.CUSTOMER : command.role();
        if (!by.isAdmin() && !(by.isStaff() && role == Role.CUSTOMER)) {
            throw new ForbiddenException("error.forbidden");
        }
        EmailAddress email = EmailAddress.of(command.email());
        if (users.findByEmail(email.value()).isPresent()) {
            throw new ConflictException("error.user.emailTaken", email.value());
        }
        Long organisationId = null;
        if (role == Role.CUSTOMER) {
            organisationId = command.organisationId() != null
                    ? organisations.findById(command.organisationId())
                            .orElseThrow(() -> new InvalidInputException("organizationId",
                                    "error.organisation.unknown", command.organisationId()))
                            .id()
                    : organisations.findByDomain(email.domain()).map(Organisation::id).orElse(null);
        } else if (command.organisationId() != null) {
            throw new InvalidInputException("organizationId", "error.user.staffWithOrganisation");
        }
        String name = command.name() == null || command.name().isBlank()
                ? email.value().substring(0, email.value().indexOf('@'))
                : required("name", command.name(), 200);
        UserAccount user = new UserAccount(name, email, role, organisationId,
                command.language() == null ? defaults.language() : command.language(),
                command.timeZone() == null || command.timeZone().isBlank() ? defaults.timeZone()
                        : timeZone(command.timeZone()), clock.instant());
        if (command.password() != null) {
            user.changePasswordHash(passwords.hash(command.password()));
            user.markVerified();
        }
        if (command.groupIds() != null && !command.groupIds().isEmpty()) {
            if (groups.findAllById(command.groupIds()).size() != command.groupIds().size()) {
                throw new InvalidInputException("groupIds", "error.group.unknown");
            }
            user.joinGroups(command.groupIds());
        }
        UserView view = users.save(user).view();
        if (by.isAdmin() && !by.isSystem()) {
            events.publishEvent(UserAdministration.audit(by, "user.created", user)
                    .change("name", null, view.name()).change("email", null, view.email())
                    .change("role", null, view.role()).change("organisation", null, view.organisationId())
                    .build());
        }
        return view;
    }

    /**
     * The customer with this e-mail, created (unverified, without password) when new — how agents file tickets
     * for people and add people in copy.
     */
    @Transactional
    public UserView findOrCreateCustomer(String email, String name, Actor by) {
        EmailAddress address = EmailAddress.of(email);
        return users.findByEmail(address.value()).map(UserAccount::view)
                .orElseGet(() -> createUser(NewUser.customer(name, address.value(), null, null),
                        by.isStaff() ? by : Actor.system()));
    }

    public Optional<UserView> user(Long id) {
        return id == null ? Optional.empty() : users.findById(id).map(UserAccount::view);
    }

    public Optional<UserView> userByEmail(String email) {
        if (email == null) {
            return Optional.empty();
        }
        return users.findByEmail(email.trim().toLowerCase(Locale.ROOT)).map(UserAccount::view);
    }

    /** People by id in one query, for lists. */
    public Map<Long, UserView> users(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return users.findByIdIn(Set.copyOf(ids)).stream()
                .map(UserAccount::view)
                .collect(Collectors.toMap(UserView::id, Function.identity()));
    }

    /**
     * A person as another person may see them: staff see everyone, customers themselves and members of their own
     * organisation. Anyone else does not exist for them.
     */
    public UserView visibleUser(Long id, Actor viewer) {
        return user(id).filter(user -> visibleTo(user, viewer))
                .orElseThrow(() -> new NotFoundException("error.user.notFound"));
    }

    /**
     * The other enabled members of the actor's organisation, by name: whom a customer may file a ticket for and
     * filter their organisation's tickets by.
     */
    public List<UserView> colleagues(Actor actor) {
        if (actor.organisationId() == null) {
            return List.of();
        }
        return users.findByOrganisationIdOrderByNameAsc(actor.organisationId()).stream()
                .filter(u -> u.enabled() && !u.id().equals(actor.userId())).map(UserAccount::view).toList();
    }

    /** Enabled staff (agents and administrators) by name: whom a ticket may be assigned to. */
    public List<UserView> staff() {
        return users.findByRoleInAndEnabledTrueOrderByNameAsc(List.of(Role.AGENT, Role.ADMIN)).stream()
                .map(UserAccount::view).toList();
    }

    static boolean visibleTo(UserView user, Actor viewer) {
        return viewer.isStaff() || user.id().equals(viewer.userId())
                || (viewer.organisationId() != null && viewer.organisationId().equals(user.organisationId()));
    }

    /** An organisation as a person may see it: staff see all, customers only their own. */
    public OrganisationView visibleOrganisation(Long id, Actor viewer) {
        return organisation(id).filter(org -> viewer.isStaff() || org.id().equals(viewer.organisationId()))
                .orElseThrow(() -> new NotFoundException("error.organisation.notFound"));
    }

    // ---- helpers ---------------------------------------------------------------------------------------------

    static void requireAdmin(Actor by) {
        if (!by.isAdmin()) {
            throw new ForbiddenException("error.forbidden");
        }
    }

    static String required(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, "error.field.required", field);
        }
        return optional(field, value, max);
    }

    static String optional(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.strip();
        if (trimmed.length() > max) {
            throw new InvalidInputException(field, "error.field.tooLong", field, max);
        }
        return trimmed;
    }

    static String countryCode(String country) {
        if (country == null || country.isBlank()) {
            return null;
        }
        String code = country.trim().toUpperCase(Locale.ROOT);
        if (!code.matches("[A-Z]{2}")) {
            throw new InvalidInputException("country", "error.country.invalid", country);
        }
        return code;
    }

    static List<String> normaliseDomains(List<String> domains) {
        if (domains == null) {
            return List.of();
        }
        return domains.stream().filter(d -> d != null && !d.isBlank())
                .map(d -> d.trim().toLowerCase(Locale.ROOT).replaceFirst("^@", ""))
                .peek(d -> {
                    if (!d.matches("[a-z0-9.-]+\\.[a-z]{2,}")) {
                        throw new InvalidInputException("domains", "error.domain.invalid", d);
                    }
                })
                .distinct().toList();
    }

    static String timeZone(String zone) {
        if (zone == null || zone.isBlank()) {
            return DEFAULT_TIME_ZONE;
        }
        try {
            return ZoneId.of(zone.trim()).getId();
        } catch (RuntimeException e) {
            throw new InvalidInputException("timeZone", "error.timeZone.invalid", zone);
        }
    }

}
