package io.resuelve.accounts.api;

import java.net.URI;
import java.util.List;

import io.resuelve.accounts.AccountManagement;
import io.resuelve.accounts.Actor;
import io.resuelve.accounts.AgentGroups;
import io.resuelve.accounts.ApiTokenView;
import io.resuelve.accounts.ApiTokens;
import io.resuelve.accounts.CreatedApiToken;
import io.resuelve.accounts.GroupView;
import io.resuelve.accounts.NewOrganisation;
import io.resuelve.accounts.NewUser;
import io.resuelve.accounts.OrganisationView;
import io.resuelve.accounts.Role;
import io.resuelve.accounts.UserAdministration;
import io.resuelve.accounts.UserView;
import io.resuelve.shared.Language;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** REST API v1 for organisations, people and personal API tokens. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Accounts")
class AccountsApiController {

    private final AccountManagement accounts;
    private final ApiTokens tokens;
    private final AgentGroups groups;
    private final UserAdministration administration;

    AccountsApiController(AccountManagement accounts, ApiTokens tokens, AgentGroups groups,
            UserAdministration administration) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.groups = groups;
        this.administration = administration;
    }

    record CreateOrganization(String name, String taxId, String country, List<String> domains,
            Boolean sharedTickets) {
    }

    record CreateUser(String name, String email, Role role, Long organizationId, String password, String language,
            String timeZone, List<Long> groupIds) {
    }

    record UserJson(Long id, String name, String email, Role role, String jobTitle, String phone, String language,
            String timeZone, Long organizationId, List<Long> groupIds, boolean enabled, boolean verified) {

        static UserJson of(UserView u) {
            return new UserJson(u.id(), u.name(), u.email(), u.role(), u.jobTitle(), u.phone(), u.language().tag(),
                    u.timeZone(), u.organisationId(), u.groupIds().stream().sorted().toList(), u.enabled(),
                    u.verified());
        }
    }

    record OrganizationJson(Long id, String name, String taxId, String country, List<String> domains,
            boolean sharedTickets) {

        static OrganizationJson of(OrganisationView o) {
            return new OrganizationJson(o.id(), o.name(), o.taxId(), o.country(), o.domains().stream().sorted()
                    .toList(), o.sharedTickets());
        }
    }

    record UserChange(Role role, Boolean enabled, List<Long> groupIds) {
    }

    record CreateToken(String name) {
    }

    record CreateGroup(String name, String description, Boolean restricted) {
    }

    record GroupChange(Boolean restricted) {
    }

    @PostMapping("/organizations")
    @Operation(summary = "Create an organisation (admins)")
    ResponseEntity<OrganizationJson> createOrganization(@RequestBody CreateOrganization body, Actor actor) {
        OrganisationView org = accounts.createOrganisation(new NewOrganisation(body.name(), body.taxId(),
                body.country(), body.domains(), Boolean.TRUE.equals(body.sharedTickets())), actor);
        return ResponseEntity.created(URI.create("/api/v1/organizations/" + org.id())).body(OrganizationJson.of(org));
    }

    @GetMapping("/organizations")
    @Operation(summary = "Organisations: all for staff, their own for customers")
    List<OrganizationJson> organizations(Actor actor) {
        if (actor.isStaff()) {
            return accounts.organisations().stream().map(OrganizationJson::of).toList();
        }
        return accounts.organisation(actor.organisationId()).map(OrganizationJson::of).stream().toList();
    }

    @GetMapping("/organizations/{id}")
    OrganizationJson organization(@PathVariable long id, Actor actor) {
        return OrganizationJson.of(accounts.visibleOrganisation(id, actor));
    }

    @PostMapping("/users")
    @Operation(summary = "Create a person (admins; agents may create customers)")
    ResponseEntity<UserJson> createUser(@RequestBody CreateUser body, Actor actor) {
        UserView user = accounts.createUser(new NewUser(body.name(), body.email(), body.role(),
                body.organizationId(), body.password(), body.language() == null ? null
                        : Language.fromTag(body.language()), body.timeZone(),
                body.groupIds() == null ? java.util.Set.of() : java.util.Set.copyOf(body.groupIds())), actor);
        return ResponseEntity.created(URI.create("/api/v1/users/" + user.id())).body(UserJson.of(user));
    }

    @GetMapping("/users/{id}")
    UserJson user(@PathVariable long id, Actor actor) {
        return UserJson.of(accounts.visibleUser(id, actor));
    }

    @PatchMapping("/users/{id}")
    @Operation(summary = "Change a person's role, enable or disable them, set an agent's groups (admins)")
    UserJson changeUser(@PathVariable long id, @RequestBody UserChange body, Actor actor) {
        return UserJson.of(administration.change(id, body.role(), body.enabled(),
                body.groupIds() == null ? null : java.util.Set.copyOf(body.groupIds()), actor));
    }

    @PostMapping("/groups")
    @Operation(summary = "Create an agent group (admins); a restricted group's tickets are seen only by its members")
    ResponseEntity<GroupView> createGroup(@RequestBody CreateGroup body, Actor actor) {
        GroupView group = groups.createGroup(body.name(), body.description(), Boolean.TRUE.equals(body.restricted()),
                actor);
        return ResponseEntity.created(URI.create("/api/v1/groups/" + group.id())).body(group);
    }

    @GetMapping("/groups")
    @Operation(summary = "Agent groups (staff)")
    List<GroupView> groups(Actor actor) {
        if (!actor.isStaff()) {
            throw new io.resuelve.shared.ForbiddenException("error.forbidden");
        }
        return groups.groups();
    }

    @PatchMapping("/groups/{id}")
    @Operation(summary = "Restrict a group's tickets to its members, or open them to every agent (admins)")
    GroupView changeGroup(@PathVariable long id, @RequestBody GroupChange body, Actor actor) {
        return groups.restrictGroup(id, Boolean.TRUE.equals(body.restricted()), actor);
    }

    @GetMapping("/me")
    @Operation(summary = "The signed-in person")
    UserJson me(Actor actor) {
        return UserJson.of(accounts.visibleUser(actor.userId(), actor));
    }

    @GetMapping("/me/tokens")
    List<ApiTokenView> tokens(Actor actor) {
        return tokens.list(actor);
    }

    @PostMapping("/me/tokens")
    @Operation(summary = "Create a personal API token; the token is in this response only")
    ResponseEntity<CreatedApiToken> createToken(@RequestBody CreateToken body, Actor actor) {
        CreatedApiToken token = tokens.create(actor, body.name());
        return ResponseEntity.created(URI.create("/api/v1/me/tokens/" + token.id())).body(token);
    }

    @DeleteMapping("/me/tokens/{id}")
    ResponseEntity<Void> revokeToken(@PathVariable long id, Actor actor) {
        tokens.revoke(actor, id);
        return ResponseEntity.noContent().build();
    }
}
