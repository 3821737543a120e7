package io.resuelve.accounts;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import io.resuelve.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Agent groups: the teams tickets are assigned to, and which of them keep their tickets to themselves. */
@Service
@Transactional(readOnly = true)
public class AgentGroups {

    private final AgentGroupRepository groups;
    private final UserRepository users;

    AgentGroups(AgentGroupRepository groups, UserRepository users) {
        this.groups = groups;
        this.users = users;
    }

    @Transactional
    public GroupView createGroup(String name, String description, Actor by) {
        return createGroup(name, description, false, by);
    }

    /** Creates an agent group (admins); a restricted group's tickets are seen only by its members and admins. */
    @Transactional
    public GroupView createGroup(String name, String description, boolean restricted, Actor by) {
        AccountManagement.requireAdmin(by);
        return groups.save(new AgentGroup(AccountManagement.required("name", name, 100),
                AccountManagement.optional("description", description, 500),
                restricted)).view();
    }

    /** Admins make a group's tickets visible only to its members, or to every agent again. */
    @Transactional
    public GroupView restrictGroup(Long groupId, boolean restricted, Actor by) {
        AccountManagement.requireAdmin(by);
        AgentGroup group = groups.findById(groupId).orElseThrow(() -> new NotFoundException("error.group.notFound"));
        group.restrict(restricted);
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

    public List<GroupView> groups() {
        return groups.findAll().stream().map(AgentGroup::view).toList();
    }

    /** The enabled agents and admins who belong to the group, by name. */
    public List<UserView> members(Long groupId) {
        return groupId == null ? List.of()
                : users.findEnabledMembers(groupId).stream().map(UserAccount::view).toList();
    }

    /** Every enabled person with one of the given staff roles, by name: whom to offer as assignees. */
    public List<UserView> staff(Set<Role> roles) {
        return users.findByRoleInAndEnabledTrueOrderByNameAsc(roles).stream().map(UserAccount::view).toList();
    }

    public Optional<GroupView> group(Long id) {
        return id == null ? Optional.empty() : groups.findById(id).map(AgentGroup::view);
    }
}
