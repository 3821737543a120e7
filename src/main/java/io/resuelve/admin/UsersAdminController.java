package io.resuelve.admin;

import java.util.Arrays;
import java.util.Set;

import io.resuelve.accounts.AccountManagement;
import io.resuelve.accounts.Actor;
import io.resuelve.accounts.AgentGroups;
import io.resuelve.accounts.Invitation;
import io.resuelve.accounts.Role;
import io.resuelve.accounts.UserAdministration;
import io.resuelve.accounts.UserSearch;
import io.resuelve.accounts.UserView;
import io.resuelve.shared.ConflictException;
import io.resuelve.shared.InvalidInputException;
import io.resuelve.shared.NotFoundException;
import io.resuelve.web.Messages;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * People, as admins look after them: search and filter, invite agents and admins, change roles, disable and enable
 * accounts, set agent groups. The rules (no self-demotion, a last admin) live in {@link UserAdministration}.
 */
@Controller
class UsersAdminController {

    static final int PAGE_SIZE = 25;

    private final UserAdministration administration;
    private final AccountManagement accounts;
    private final AgentGroups groups;
    private final Messages messages;

    UsersAdminController(UserAdministration administration, AccountManagement accounts, AgentGroups groups,
            Messages messages) {
        this.administration = administration;
        this.accounts = accounts;
        this.groups = groups;
        this.messages = messages;
    }

    @GetMapping("/admin/usuarios")
    String list(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) Role role,
            @RequestParam(required = false) Boolean enabled, @RequestParam(defaultValue = "0") int page,
            Actor actor, Model model) {
        model.addAttribute("result", administration.search(new UserSearch(q, role, enabled, page, PAGE_SIZE), actor));
        model.addAttribute("q", q);
        model.addAttribute("role", role);
        model.addAttribute("enabled", enabled);
        model.addAttribute("roles", Role.values());
        return "admin/users";
    }

    @GetMapping("/admin/usuarios/invitar")
    String inviteForm(Model model) {
        return inviteView(model, new Invitation("", "", Role.AGENT, Set.of()));
    }

    @PostMapping("/admin/usuarios/invitar")
    String invite(@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String email,
            @RequestParam(defaultValue = "AGENT") Role role,
            @RequestParam(name = "groupIds", required = false) Set<Long> groupIds, Actor actor, Model model,
            RedirectAttributes redirect) {
        Invitation invitation = new Invitation(name, email, role, groupIds == null ? Set.of() : groupIds);
        try {
            UserView invited = administration.invite(invitation, actor);
            redirect.addFlashAttribute("flash", messages.of("admin.users.invited", invited.email()));
            return "redirect:/admin/usuarios/" + invited.id();
        } catch (InvalidInputException | ConflictException e) {
            model.addAttribute("error", messages.of(e));
            model.addAttribute("errorField", e instanceof InvalidInputException i ? i.field() : "email");
            return inviteView(model, invitation);
        }
    }

    @GetMapping("/admin/usuarios/{id}")
    String show(@PathVariable long id, Actor actor, Model model) {
        UserView user = accounts.user(id).orElseThrow(() -> new NotFoundException("error.user.notFound"));
        model.addAttribute("user", user);
        model.addAttribute("self", user.id().equals(actor.userId()));
        model.addAttribute("organisation", accounts.organisation(user.organisationId()).orElse(null));
        model.addAttribute("groups", groups.groups());
        model.addAttribute("roles", Role.values());
        return "admin/user";
    }

    @PostMapping("/admin/usuarios/{id}/rol")
    String changeRole(@PathVariable long id, @RequestParam Role role, Actor actor, RedirectAttributes redirect) {
        return act(id, redirect, "admin.users.roleChanged", () -> administration.changeRole(id, role, actor));
    }

    @PostMapping("/admin/usuarios/{id}/estado")
    String enable(@PathVariable long id, @RequestParam boolean enabled, Actor actor, RedirectAttributes redirect) {
        return act(id, redirect, enabled ? "admin.users.enabledDone" : "admin.users.disabledDone",
                () -> administration.enable(id, enabled, actor));
    }

    @PostMapping("/admin/usuarios/{id}/grupos")
    String changeGroups(@PathVariable long id, @RequestParam(name = "groupIds", required = false) Long[] groupIds,
            Actor actor, RedirectAttributes redirect) {
        Set<Long> wanted = groupIds == null ? Set.of() : Set.copyOf(Arrays.asList(groupIds));
        return act(id, redirect, "admin.users.groupsChanged", () -> administration.changeGroups(id, wanted, actor));
    }

    private String act(long id, RedirectAttributes redirect, String doneKey, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("flash", messages.of(doneKey));
        } catch (InvalidInputException | ConflictException e) {
            redirect.addFlashAttribute("flashError", messages.of(e));
        }
        return "redirect:/admin/usuarios/" + id;
    }

    private String inviteView(Model model, Invitation invitation) {
        model.addAttribute("invitation", invitation);
        model.addAttribute("groups", groups.groups());
        return "admin/user-invite";
    }
}
