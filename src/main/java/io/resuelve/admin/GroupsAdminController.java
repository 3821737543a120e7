package io.resuelve.admin;

import io.resuelve.accounts.Actor;
import io.resuelve.accounts.AgentGroups;
import io.resuelve.accounts.GroupView;
import io.resuelve.accounts.Role;
import io.resuelve.accounts.UserAdministration;
import io.resuelve.accounts.UserSearch;
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
 * Agent groups: the teams tickets are assigned to, their members, and whether their tickets are "visible solo para
 * sus miembros" (restricted).
 */
@Controller
class GroupsAdminController {

    private final AgentGroups groups;
    private final UserAdministration users;
    private final Messages messages;

    GroupsAdminController(AgentGroups groups, UserAdministration users, Messages messages) {
        this.groups = groups;
        this.users = users;
        this.messages = messages;
    }

    @GetMapping("/admin/grupos")
    String list(Model model) {
        model.addAttribute("groups", groups.groups());
        model.addAttribute("counts", groups.memberCounts());
        return "admin/groups";
    }

    @PostMapping("/admin/grupos")
    String create(@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String description,
            @RequestParam(defaultValue = "false") boolean restricted, Actor actor, Model model,
            RedirectAttributes redirect) {
        try {
            GroupView group = groups.createGroup(name, description, restricted, actor);
            redirect.addFlashAttribute("flash", messages.of("admin.groups.created", group.name()));
            return "redirect:/admin/grupos/" + group.id();
        } catch (InvalidInputException | ConflictException e) {
            model.addAttribute("error", messages.of(e));
            model.addAttribute("draft", new GroupView(null, name, description, restricted));
            return list(model);
        }
    }

    @GetMapping("/admin/grupos/{id}")
    String show(@PathVariable long id, Actor actor, Model model) {
        return detailView(model, group(id), actor);
    }

    @PostMapping("/admin/grupos/{id}")
    String change(@PathVariable long id, @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String description,
            @RequestParam(defaultValue = "false") boolean restricted, Actor actor, Model model,
            RedirectAttributes redirect) {
        try {
            groups.changeGroup(id, name, description, restricted, actor);
            redirect.addFlashAttribute("flash", messages.of("admin.groups.saved"));
            return "redirect:/admin/grupos/" + id;
        } catch (InvalidInputException | ConflictException e) {
            model.addAttribute("error", messages.of(e));
            return detailView(model, new GroupView(id, name, description, restricted), actor);
        }
    }

    @PostMapping("/admin/grupos/{id}/miembros")
    String addMember(@PathVariable long id, @RequestParam(required = false) Long userId, Actor actor,
            RedirectAttributes redirect) {
        try {
            groups.addMember(id, userId, actor);
            redirect.addFlashAttribute("flash", messages.of("admin.groups.memberAdded"));
        } catch (InvalidInputException | ConflictException | NotFoundException e) {
            redirect.addFlashAttribute("flashError", messages.of(e));
        }
        return "redirect:/admin/grupos/" + id + "#miembros";
    }

    @PostMapping("/admin/grupos/{id}/miembros/eliminar")
    String removeMember(@PathVariable long id, @RequestParam long userId, Actor actor,
            RedirectAttributes redirect) {
        groups.removeMember(id, userId, actor);
        redirect.addFlashAttribute("flash", messages.of("admin.groups.memberRemoved"));
        return "redirect:/admin/grupos/" + id + "#miembros";
    }

    private GroupView group(long id) {
        return groups.group(id).orElseThrow(() -> new NotFoundException("error.group.notFound"));
    }

    private String detailView(Model model, GroupView group, Actor actor) {
        var members = groups.members(group.id());
        var memberIds = members.stream().map(m -> m.id()).toList();
        model.addAttribute("group", group);
        model.addAttribute("members", members);
        // Candidates: enabled agents and admins not yet in the group.
        var staff = new java.util.ArrayList<io.resuelve.accounts.UserView>();
        staff.addAll(users.search(new UserSearch(null, Role.AGENT, true, 0, 100), actor).users());
        staff.addAll(users.search(new UserSearch(null, Role.ADMIN, true, 0, 100), actor).users());
        model.addAttribute("candidates", staff.stream().filter(u -> !memberIds.contains(u.id()))
                .sorted(java.util.Comparator.comparing(io.resuelve.accounts.UserView::name,
                        String.CASE_INSENSITIVE_ORDER)).toList());
        return "admin/group";
    }
}
