package io.resuelve.accounts;

import java.util.Set;

/** An admin invites a staff member: name, e-mail, role (AGENT or ADMIN) and the agent groups they join. */
public record Invitation(String name, String email, Role role, Set<Long> groupIds) {
}
