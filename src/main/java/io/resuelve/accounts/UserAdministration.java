package io.resuelve.accounts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import io.resuelve.shared.AdminChangeRecorded;
import io.resuelve.shared.ConflictException;
import io.resuelve.shared.InvalidInputException;
import io.resuelve.shared.NotFoundException;
import jakarta.persistence.criteria.Predicate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Admins look after people: find them, invite staff, change roles, disable and enable accounts, and set agents'
 * groups. Every change is recorded in the audit log ({@link AdminChangeRecorded}). An admin can neither demote nor
 * disable themself, and the last enabled admin stays one.
 */
@Service
@Transactional(readOnly = true)
public class UserAdministration {

    static final String TARGET = "USER";

    private final UserRepository users;
    private final AgentGroupRepository groups;
    private final AccountTokens tokens;
    private final AccountsProperties properties;
    private final NewUserDefaults defaults;
    private final ApplicationEventPublisher events;
    private final java.time.Clock clock;

    UserAdministration(UserRepository users, AgentGroupRepository groups, AccountTokens tokens,
            AccountsProperties properties, NewUserDefaults defaults, ApplicationEventPublisher events,
            java.time.Clock clock) {
        this.users = users;
        this.groups = groups;
        this.tokens = tokens;
        this.properties = properties;
        this.defaults = defaults;
        this.events = events;
        this.clock = clock;
    }

    /** People matching the search, by name. Admins only. */
    public UserPage search(UserSearch search, Actor by) {
        AccountManagement.requireAdmin(by);
        int size = Math.max(1, Math.min(search.size(), 100));
        int page = Math.max(0, search.page());
        Specification<UserAccount> spec = (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (search.text() != null && !search.text().isBlank()) {
                String like = "%" + search.text().strip().toLowerCase(Locale.ROOT)
                        .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
                where.add(cb.or(cb.like(cb.lower(root.get("name")), like, '\\'),
                        cb.like(root.get("email"), like, '\\')));
            }
            if (search.role() != null) {
                where.add(cb.equal(root.get("role"), search.role()));
            }
            if (search.enabled() != null) {
                where.add(cb.equal(root.get("enabled"), search.enabled()));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
        Page<UserAccount> found = users.findAll(spec, PageRequest.of(page, size,
                Sort.by("name").ascending().and(Sort.by("id"))));
        return new UserPage(found.map(UserAccount::view).getContent(), page, size, found.getTotalElements());
    }

    /**
     * Creates an agent or admin without a password and mails them a single-use link to choose one
     * ({@link AgentInvited}); they can sign in once they have.
     */
    @Transactional
    public UserView invite(Invitation invitation, Actor by) {
        AccountManagement.requireAdmin(by);
        if (invitation.role() == null || !invitation.role().isStaff()) {
            throw new InvalidInputException("role", "error.invitation.role");
        }
        EmailAddress email = EmailAddress.of(invitation.email());
        if (users.findByEmail(email.value()).isPresent()) {
            throw new ConflictException("error.user.emailTaken", email.value());
        }
        UserAccount user = new UserAccount(AccountManagement.required("name", invitation.name(), 200), email,
                invitation.role(), null, defaults.language(), defaults.timeZone(), clock.instant());
        Set<Long> groupIds = knownGroups(invitation.groupIds());
        user.joinGroups(groupIds);
        users.save(user);
        AccountTokens.Issued issued = tokens.issue(user.id(), AccountToken.Purpose.RESET_PASSWORD,
                properties.invitationValidity());
        events.publishEvent(new AgentInvited(user.id(), user.email(), user.name(), user.language(), user.role(),
                by.email(), issued.token(), issued.expiresAt()));
        events.publishEvent(audit(by, "user.invited", user)
                .change("name", null, user.name()).change("email", null, user.email())
                .change("role", null, user.role()).change("groups", null, groupNames(groupIds)).build());
        return user.view();
    }

    /** Changes a person's role. Not one's own, and never the last enabled admin's. */
    @Transactional
    public UserView changeRole(Long userId, Role role, Actor by) {
        AccountManagement.requireAdmin(by);
        if (role == null) {
            throw new InvalidInputException("role", "error.field.required", "role");
        }
        UserAccount user = find(userId);
        if (user.role() == role) {
            return user.view();
        }
        refuseSelf(user, by, "error.admin.selfDemotion");
        refuseLastAdmin(user);
        Role before = user.role();
        Set<Long> groupsBefore = user.groupIds();
        user.changeRole(role);
        events.publishEvent(audit(by, "user.roleChanged", user).change("role", before, role)
                .change("groups", groupNames(groupsBefore), groupNames(user.groupIds())).build());
        return user.view();
    }

    /**
     * Disables (or enables again) a person: a disabled person cannot sign in and their API tokens stop working.
     * Not oneself, and never the last enabled admin.
     */
    @Transactional
    public UserView enable(Long userId, boolean enabled, Actor by) {
        AccountManagement.requireAdmin(by);
        UserAccount user = find(userId);
        if (user.enabled() == enabled) {
            return user.view();
        }
        if (!enabled) {
            refuseSelf(user, by, "error.admin.selfDisable");
            refuseLastAdmin(user);
        }
        user.enable(enabled);
        events.publishEvent(audit(by, enabled ? "user.enabled" : "user.disabled", user)
                .change("enabled", !enabled, enabled).build());
        return user.view();
    }

    /** Replaces the agent groups of an agent or admin. */
    @Transactional
    public UserView changeGroups(Long userId, Set<Long> groupIds, Actor by) {
        AccountManagement.requireAdmin(by);
        UserAccount user = find(userId);
        Set<Long> wanted = knownGroups(groupIds);
        if (!user.role().isStaff() && !wanted.isEmpty()) {
            throw new InvalidInputException("groupIds", "error.group.customerMember");
        }
        Set<Long> before = user.groupIds();
        user.changeGroups(wanted);
        var change = audit(by, "user.groupsChanged", user).change("groups", groupNames(before),
                groupNames(wanted));
        if (change.changed()) {
            events.publishEvent(change.build());
        }
        return user.view();
    }

    /**
     * Changes what is given (a {@code null} leaves it as it is): role, then enabled, then groups, all or nothing,
     * under the same rules as the single changes.
     */
    @Transactional
    public UserView change(Long userId, Role role, Boolean enabled, Set<Long> groupIds, Actor by) {
        UserView user = find(userId).view();
        if (!AccountManagement.visibleTo(user, by)) {
            // Someone they may not see does not exist for them.
            throw new NotFoundException("error.user.notFound");
        }
        AccountManagement.requireAdmin(by);
        if (role != null) {
            user = changeRole(userId, role, by);
        }
        if (enabled != null) {
            user = enable(userId, enabled, by);
        }
        if (groupIds != null) {
            user = changeGroups(userId, groupIds, by);
        }
        return user;
    }

    private UserAccount find(Long userId) {
        return (userId == null ? java.util.Optional.<UserAccount>empty() : users.findById(userId))
                .orElseThrow(() -> new NotFoundException("error.user.notFound"));
    }

    private static void refuseSelf(UserAccount user, Actor by, String key) {
        if (user.id().equals(by.userId())) {
            throw new ConflictException(key);
        }
    }

    /** The last enabled admin may not stop being one: someone must be able to configure the help desk. */
    private void refuseLastAdmin(UserAccount user) {
        if (user.role() == Role.ADMIN && user.enabled() && users.countByRoleAndEnabledTrue(Role.ADMIN) <= 1) {
            throw new ConflictException("error.admin.lastAdmin");
        }
    }

    private Set<Long> knownGroups(Set<Long> groupIds) {
        if (groupIds == null || groupIds.isEmpty()) {
            return Set.of();
        }
        if (groups.findAllById(groupIds).size() != groupIds.size()) {
            throw new InvalidInputException("groupIds", "error.group.unknown");
        }
        return new TreeSet<>(groupIds);
    }

    private List<String> groupNames(Set<Long> ids) {
        return ids.isEmpty() ? List.of() : groups.findAllById(ids).stream().map(AgentGroup::name).sorted().toList();
    }

    static AdminChangeRecorded.Builder audit(Actor by, String action, UserAccount user) {
        return AdminChangeRecorded.of(by.userId(), by.email(), action, TARGET, user.id(),
                user.name() + " <" + user.email() + ">");
    }
}
