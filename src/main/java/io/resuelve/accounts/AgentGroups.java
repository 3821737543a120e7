package io.resuelve.accounts;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import io.resuelve.shared.AdminChangeRecorded;
import io.resuelve.shared.ConflictException;
import io.resuelve.shared.InvalidInputException;
import io.resuelve.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Agent groups: the teams tickets are assigned to, and which of them keep their tickets to themselves. */
@Service
@Transactional(readOnly = true)
public class AgentGroups {

    static final String TARGET = "GROUP";

    private final AgentGroupRepository groups;
    private final UserRepository users;
    private final ApplicationEventPublisher events;

    AgentGroups(AgentGroupRepository groups, UserRepository users, ApplicationEventPublisher events) {
        this.groups = groups;
        this.users = users;
        this.events = events;
    }

    @Transactional
    public GroupView createGroup(String name, String description, Actor by) {
        return createGroup(name, description, false, by);
    }

    /** Creates an agent group (admins); a restricted group's tickets are seen only by its members and admins. */
    @Transactional
    public GroupView createGroup(String name, String description, boolean restricted, Actor by) {
        AccountManagement.requireAdmin(by);
        String cleanName = uniqueName(AccountManagement.required("name", name, 100), null);
        AgentGroup group = groups.save(new AgentGroup(cleanName,
                AccountManagement.optional("description", description, 500), restricted));
        GroupView view = group.view();
        events.publishEvent(audit(by, "group.created", group).change("name", null, view.name())
                .change("description", null, view.description()).change("restricted", null, view.restricted())
                .build());
        return view;
    }

    /** Renames a group and changes its description (admins). */
    @Transactional
    public GroupView changeGroup(Long groupId, String name, String description, Actor by) {
        AccountManagement.requireAdmin(by);
        AgentGroup group = find(groupId);
        GroupView before = group.view();
        group.change(uniqueName(AccountManagement.required("name", name, 100), groupId),
                AccountManagement.optional("description", description, 500));
        GroupView after = group.view();
        var audit = audit(by, "group.changed", group).change("name", before.name(), after.name())
                .change("description", before.description(), after.description());
        if (audit.changed()) {
            events.publishEvent(audit.build());
        }
        return after;
    }

    /** Renames a group, changes its description and whether it is restricted, in one go (admins). */
    @Transactional
    public GroupView changeGroup(Long groupId, String name, String description, boolean restricted, Actor by) {
        changeGroup(groupId, name, description, by);
        return restrictGroup(groupId, restricted, by);
    }

    /** Adds an agent or admin to a group (admins). */
    @Transactional
    public void addMember(Long groupId, Long userId, Actor by) {
        AccountManagement.requireAdmin(by);
        AgentGroup group = find(groupId);
        UserAccount user = users.findById(userId == null ? -1L : userId)
                .orElseThrow(() -> new NotFoundException("error.user.notFound"));
        if (!user.role().isStaff()) {
            throw new InvalidInputException("userId", "error.group.customerMember");
        }
        if (user.groupIds().contains(groupId)) {
            return;
        }
        user.joinGroups(Set.of(groupId));
        events.publishEvent(audit(by, "group.memberAdded", group)
                .change("member", null, user.name() + " <" + user.email() + ">").build());
    }

    /** Takes a person out of a group (admins). */
    @Transactional
    public void removeMember(Long groupId, Long userId, Actor by) {
        AccountManagement.requireAdmin(by);
        AgentGroup group = find(groupId);
        users.findById(userId == null ? -1L : userId).filter(u -> u.groupIds().contains(groupId)).ifPresent(user -> {
            user.leaveGroup(groupId);
            events.publishEvent(audit(by, "group.memberRemoved", group)
                    .change("member", user.name() + " <" + user.email() + ">", null).build());
        });
    }

    /** A group's members, by name. */
    public List<UserView> members(Long groupId) {
        return users.findByGroup(groupId).stream().map(UserAccount::view).toList();
    }

    /** How many people each group has; groups without members are absent. */
    public Map<Long, Long> memberCounts() {
        Map<Long, Long> counts = new HashMap<>();
        users.countByGroup().forEach(row -> counts.put((Long) row[0], (Long) row[1]));
        return counts;
    }

    /** Admins make a group's tickets visible only to its members, or to every agent again. */
    @Transactional
    public GroupView restrictGroup(Long groupId, boolean restricted, Actor by) {
        AccountManagement.requireAdmin(by);
        AgentGroup group = find(groupId);
        boolean before = group.view().restricted();
        group.restrict(restricted);
        if (before != restricted) {
            events.publishEvent(audit(by, "group.restrictionChanged", group)
                    .change("restricted", before, restricted).build());
        }
        return group.view();
    }

    /**
     * The restricted groups whose tickets this actor may not see: none for customers (their scope is decided
     * elsewhere) and admins, the restricted groups they are not a member of for agents.
     */
    public Set<Long> hiddenGroups(Actor actor) {
        if (!actor.isStaff() || actor.isAdmin() || actor.isSystem()) {
            return Set.of();
        }
        Set<Long> mine = users.findById(actor.userId()).map(u -> u.view().groupIds()).orElse(Set.of());
        return groups.findAll().stream().map(AgentGroup::view).filter(GroupView::restricted)
                .map(GroupView::id).filter(id -> !mine.contains(id)).collect(Collectors.toSet());
    }

    /** All groups, by name. */
    public List<GroupView> groups() {
        return groups.findAll().stream().map(AgentGroup::view)
                .sorted(Comparator.comparing(GroupView::name, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    private AgentGroup find(Long groupId) {
        return (groupId == null ? Optional.<AgentGroup>empty() : groups.findById(groupId))
                .orElseThrow(() -> new NotFoundException("error.group.notFound"));
    }

    private String uniqueName(String name, Long self) {
        groups.findByName(name).filter(other -> !other.id().equals(self)).ifPresent(other -> {
            throw new ConflictException("error.group.nameTaken", name);
        });
        return name;
    }

    static AdminChangeRecorded.Builder audit(Actor by, String action, AgentGroup group) {
        return AdminChangeRecorded.of(by.userId(), by.email(), action, TARGET, group.id(), group.name());
    }

    /** The enabled agents and admins who belong to the group, by name: whom to tell about its tickets. */
    public List<UserView> enabledMembers(Long groupId) {
        return groupId == null ? List.of()
                : users.findEnabledMembers(groupId).stream().map(UserAccount::view).toList();
    }

    public Optional<GroupView> group(Long id) {
        return id == null ? Optional.empty() : groups.findById(id).map(AgentGroup::view);
    }
}
