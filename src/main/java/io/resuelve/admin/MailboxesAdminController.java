package io.resuelve.admin;

import java.util.Map;
import java.util.stream.Collectors;

import io.resuelve.accounts.Actor;
import io.resuelve.accounts.AgentGroups;
import io.resuelve.accounts.GroupView;
import io.resuelve.catalog.BrandView;
import io.resuelve.catalog.Catalog;
import io.resuelve.mail.MailboxForm;
import io.resuelve.mail.MailboxView;
import io.resuelve.mail.Mailboxes;
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

/** The IMAP mailboxes Resuelve reads: add, change, switch on and off, try the connection, read now. */
@Controller
class MailboxesAdminController {

    private final Mailboxes mailboxes;
    private final Catalog catalog;
    private final AgentGroups groups;
    private final Messages messages;

    MailboxesAdminController(Mailboxes mailboxes, Catalog catalog, AgentGroups groups, Messages messages) {
        this.mailboxes = mailboxes;
        this.catalog = catalog;
        this.groups = groups;
        this.messages = messages;
    }

    @GetMapping("/admin/buzones")
    String list(Actor actor, Model model) {
        model.addAttribute("mailboxes", mailboxes.list(actor));
        model.asMap().putIfAbsent("draft", new MailboxForm("", "", 993, true, "", "", "INBOX", null, null));
        return choices(model, "admin/mailboxes");
    }

    @PostMapping("/admin/buzones")
    String create(MailboxForm form, Actor actor, Model model, RedirectAttributes redirect) {
        try {
            MailboxView box = mailboxes.create(form, actor);
            redirect.addFlashAttribute("flash", messages.of("admin.mailboxes.created", box.name()));
            return "redirect:/admin/buzones/" + box.id();
        } catch (InvalidInputException | ConflictException e) {
            model.addAttribute("error", messages.of(e));
            model.addAttribute("draft", withoutPassword(form));
            return list(actor, model);
        }
    }

    @GetMapping("/admin/buzones/{id}")
    String show(@PathVariable long id, Actor actor, Model model) {
        MailboxView box = mailbox(id, actor);
        model.addAttribute("mailbox", box);
        model.asMap().putIfAbsent("draft", new MailboxForm(box.name(), box.host(), box.port(), box.ssl(),
                box.username(), "", box.folder(), box.brandId(), box.groupId()));
        return choices(model, "admin/mailbox");
    }

    @PostMapping("/admin/buzones/{id}")
    String change(@PathVariable long id, MailboxForm form, Actor actor, Model model, RedirectAttributes redirect) {
        try {
            mailboxes.update(id, form, actor);
            redirect.addFlashAttribute("flash", messages.of("admin.mailboxes.saved"));
            return "redirect:/admin/buzones/" + id;
        } catch (InvalidInputException | ConflictException e) {
            model.addAttribute("error", messages.of(e));
            model.addAttribute("draft", withoutPassword(form));
            return show(id, actor, model);
        }
    }

    @PostMapping("/admin/buzones/{id}/estado")
    String enable(@PathVariable long id, @RequestParam boolean enabled, Actor actor, RedirectAttributes redirect) {
        mailboxes.enable(id, enabled, actor);
        redirect.addFlashAttribute("flash", messages.of(enabled ? "admin.mailboxes.enabledNow"
                : "admin.mailboxes.disabledNow"));
        return "redirect:/admin/buzones/" + id;
    }

    @PostMapping("/admin/buzones/{id}/probar")
    String test(@PathVariable long id, Actor actor, RedirectAttributes redirect) {
        mailboxes.test(id, actor).ifPresentOrElse(
                error -> redirect.addFlashAttribute("flashError", messages.of("admin.mailboxes.testFailed", error)),
                () -> redirect.addFlashAttribute("flash", messages.of("admin.mailboxes.testOk")));
        return "redirect:/admin/buzones/" + id;
    }

    @PostMapping("/admin/buzones/{id}/leer")
    String readNow(@PathVariable long id, Actor actor, RedirectAttributes redirect) {
        int taken = mailboxes.readNow(id, actor);
        MailboxView box = mailbox(id, actor);
        if (box.lastError() != null) {
            redirect.addFlashAttribute("flashError", messages.of("admin.mailboxes.readFailed", box.lastError()));
        } else {
            redirect.addFlashAttribute("flash", messages.of("admin.mailboxes.read", taken));
        }
        return "redirect:/admin/buzones/" + id;
    }

    private MailboxView mailbox(long id, Actor actor) {
        return mailboxes.find(id, actor).orElseThrow(() -> new NotFoundException("admin.mailboxes.error.notFound"));
    }

    private String choices(Model model, String view) {
        model.addAttribute("brands", catalog.allBrands());
        model.addAttribute("groups", groups.groups());
        model.addAttribute("brandNames", catalog.allBrands().stream()
                .collect(Collectors.toMap(BrandView::id, BrandView::name)));
        Map<Long, String> groupNames = groups.groups().stream().collect(Collectors.toMap(GroupView::id, GroupView::name));
        model.addAttribute("groupNames", groupNames);
        return view;
    }

    /** A form shown again never carries the password back into the page. */
    private static MailboxForm withoutPassword(MailboxForm form) {
        return new MailboxForm(form.name(), form.host(), form.port(), form.ssl(), form.username(), "", form.folder(),
                form.brandId(), form.groupId());
    }
}
