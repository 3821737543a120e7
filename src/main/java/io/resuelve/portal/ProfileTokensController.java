package io.resuelve.portal;

import io.resuelve.accounts.Actor;
import io.resuelve.accounts.ApiTokens;
import io.resuelve.shared.InvalidInputException;
import io.resuelve.web.Messages;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Personal API tokens on the profile page: listed there, created (shown once) and revoked. */
@Controller
class ProfileTokensController {

    private final ApiTokens tokens;
    private final ProfilePage page;
    private final Messages messages;

    ProfileTokensController(ApiTokens tokens, ProfilePage page, Messages messages) {
        this.tokens = tokens;
        this.page = page;
        this.messages = messages;
    }

    @PostMapping("/perfil/tokens")
    String create(@RequestParam(defaultValue = "") String name, Actor actor, Model model) {
        try {
            // Shown in this response only: a redirect would park the token in the session (flash attributes).
            model.addAttribute("createdToken", tokens.create(actor, name));
        } catch (InvalidInputException e) {
            return page.showError(actor, model, "tokens", e);
        }
        return page.show(actor, model);
    }

    @PostMapping("/perfil/tokens/{id}/revocar")
    String revoke(@PathVariable long id, Actor actor, RedirectAttributes redirect) {
        tokens.revoke(actor, id);
        redirect.addFlashAttribute("flash", messages.of("profile.tokens.revoked"));
        return "redirect:/perfil";
    }
}
