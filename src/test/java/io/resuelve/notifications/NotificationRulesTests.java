package io.resuelve.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import io.resuelve.accounts.Role;
import io.resuelve.accounts.UserView;
import io.resuelve.shared.Language;
import io.resuelve.tickets.HistoryEntry;
import io.resuelve.tickets.TicketAssigned;
import org.junit.jupiter.api.Test;

/** Who is told about what, and how an assignment event is read against the ticket's history. */
class NotificationRulesTests {

    private static final Instant T1 = Instant.parse("2026-03-02T14:00:00Z");
    private static final Instant T2 = Instant.parse("2026-03-02T15:00:00Z");

    private final UserView lucia = person(1L, Role.AGENT, true);
    private final UserView martin = person(2L, Role.AGENT, true);
    private final UserView admin = person(3L, Role.ADMIN, true);
    private final UserView disabled = person(4L, Role.AGENT, false);

    @Test
    void aNewTicketInAGroupGoesToItsMembersIncludingAdminsWhoJoinedIt() {
        assertThat(NotificationRules.newTicket(10L, List.of(lucia, admin, disabled), List.of(), 99L))
                .containsExactlyInAnyOrder(1L, 3L);
    }

    @Test
    void aNewTicketWithoutGroupGoesToEveryAgentButNotToAdmins() {
        assertThat(NotificationRules.newTicket(null, List.of(), List.of(lucia, martin, admin, disabled), 99L))
                .containsExactlyInAnyOrder(1L, 2L);
    }

    @Test
    void nobodyIsToldAboutTheTicketTheyFiledThemselves() {
        assertThat(NotificationRules.newTicket(null, List.of(), List.of(lucia, martin), 1L)).containsExactly(2L);
    }

    @Test
    void aCustomerReplyGoesToTheAssigneeOnly() {
        assertThat(NotificationRules.customerReply(2L, 50L)).containsExactly(2L);
        assertThat(NotificationRules.customerReply(null, 50L)).isEmpty();
    }

    @Test
    void anAssignmentGoesToTheNewAssigneeUnlessTheyTookItThemselves() {
        assertThat(NotificationRules.assigned(true, 2L, 1L)).containsExactly(2L);
        assertThat(NotificationRules.assigned(true, 2L, 2L)).isEmpty();
        assertThat(NotificationRules.assigned(false, 2L, 1L)).as("only the group changed").isEmpty();
        assertThat(NotificationRules.assigned(true, null, 1L)).as("unassigned").isEmpty();
    }

    @Test
    void aTicketMovedUnassignedIntoAGroupGoesToTheMembersButTheMover() {
        assertThat(NotificationRules.movedToGroup(true, 10L, null, List.of(lucia, martin, disabled), 1L))
                .containsExactly(2L);
        assertThat(NotificationRules.movedToGroup(true, 10L, 2L, List.of(lucia, martin), 3L))
                .as("the assignee gets their own notice").isEmpty();
        assertThat(NotificationRules.movedToGroup(false, 10L, null, List.of(lucia, martin), 3L)).isEmpty();
    }

    @Test
    void theLatestAssignmentEntriesTellWhatMoved() {
        List<HistoryEntry> history = List.of(new HistoryEntry(3L, T1, "assignee", null, "2"),
                new HistoryEntry(3L, T1, "status", "NEW", "OPEN"), new HistoryEntry(3L, T2, "group", null, "10"));

        boolean[] groupOnly = TicketNotifications.changedByThisAssignment(history, new TicketAssigned(1L, 2L, 10L, 3L));
        assertThat(groupOnly).containsExactly(false, true);

        boolean[] first = TicketNotifications.changedByThisAssignment(history.subList(0, 2),
                new TicketAssigned(1L, 2L, null, 3L));
        assertThat(first).containsExactly(true, false);
    }

    @Test
    void mailPreferencesDefaultToRepliesAndAssignmentsOnly() {
        assertThat(MailPreferences.DEFAULTS.wants(NotificationKind.NEW_TICKET)).isFalse();
        assertThat(MailPreferences.DEFAULTS.wants(NotificationKind.GROUP_TICKET)).isFalse();
        assertThat(MailPreferences.DEFAULTS.wants(NotificationKind.CUSTOMER_REPLY)).isTrue();
        assertThat(MailPreferences.DEFAULTS.wants(NotificationKind.ASSIGNED)).isTrue();
    }

    private static UserView person(Long id, Role role, boolean enabled) {
        return new UserView(id, "Persona " + id, "p" + id + "@soporte.example", role, null, null, Language.ES,
                "America/Bogota", null, Set.of(), enabled, true, Instant.EPOCH);
    }
}
