package io.resuelve.notifications;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

import io.resuelve.accounts.Role;
import io.resuelve.accounts.UserView;

/**
 * Who is told about what. The defaults of Zendesk and Freshdesk: a new ticket goes to its group's members; a ticket
 * without a group to every agent (not to admins, who would otherwise get every ticket of the help desk: an admin
 * who wants them joins a group); a customer reply to the assignee only; an assignment to the new assignee unless
 * they took it themselves; a ticket moved into a group without an assignee to that group's members. Nobody is told
 * about their own action.
 */
final class NotificationRules {

    private NotificationRules() {
    }

    /**
     * @param groupMembers the enabled members of the ticket's group, when it has one
     * @param agents       every enabled staff person, used when the ticket has no group
     */
    static Set<Long> newTicket(Long groupId, Collection<UserView> groupMembers, Collection<UserView> agents,
            Long requesterId) {
        Collection<UserView> candidates = groupId != null ? groupMembers
                : agents.stream().filter(a -> a.role() == Role.AGENT).toList();
        Set<Long> ids = new LinkedHashSet<>();
        for (UserView person : candidates) {
            if (person.enabled() && person.role().isStaff() && !person.id().equals(requesterId)) {
                ids.add(person.id());
            }
        }
        return ids;
    }

    static Set<Long> customerReply(Long assigneeId, Long authorId) {
        return assigneeId == null || assigneeId.equals(authorId) ? Set.of() : Set.of(assigneeId);
    }

    static Set<Long> assigned(boolean assigneeChanged, Long assigneeId, Long actorId) {
        return !assigneeChanged || assigneeId == null || assigneeId.equals(actorId) ? Set.of() : Set.of(assigneeId);
    }

    /** A ticket moved into a group: its members, when nobody is assigned (an assignee gets their own notice). */
    static Set<Long> movedToGroup(boolean groupChanged, Long groupId, Long assigneeId,
            Collection<UserView> groupMembers, Long actorId) {
        if (!groupChanged || groupId == null || assigneeId != null) {
            return Set.of();
        }
        Set<Long> ids = new LinkedHashSet<>();
        for (UserView member : groupMembers) {
            if (member.enabled() && !Objects.equals(member.id(), actorId)) {
                ids.add(member.id());
            }
        }
        return ids;
    }
}
