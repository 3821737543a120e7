package io.resuelve.admin;

import io.resuelve.accounts.Actor;
import io.resuelve.mail.BouncedAddresses;
import io.resuelve.shared.ForbiddenException;
import io.resuelve.web.Messages;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Addresses our mail bounced from ("Direcciones que rebotan"), and clearing the mark once an address works. */
@Controller
class BouncesAdminController {

    private final BouncedAddresses bounced;
    private final Messages messages;

    BouncesAdminController(BouncedAddresses bounced, Messages messages) {
        this.bounced = bounced;
        this.messages = messages;
    }

    @GetMapping("/admin/rebotes")
    String list(Actor actor, Model model) {
        if (!actor.isAdmin()) {
            throw new ForbiddenException("error.forbidden");
        }
        model.addAttribute("addresses", bounced.all());
        return "admin/bounces";
    }

    @PostMapping("/admin/rebotes/quitar")
    String clear(@RequestParam("direccion") String address, Actor actor, RedirectAttributes redirect) {
        bounced.clear(address, actor);
        redirect.addFlashAttribute("flash", messages.of("admin.bounces.cleared", address));
        return "redirect:/admin/rebotes";
    }
}
