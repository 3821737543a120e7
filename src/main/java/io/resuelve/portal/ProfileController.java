package io.resuelve.portal;

import io.resuelve.accounts.Profiles;
import io.resuelve.accounts.Actor;
import io.resuelve.accounts.Passwords;
import io.resuelve.accounts.ProfileUpdate;
import io.resuelve.accounts.UserView;
import io.resuelve.shared.InvalidInputException;
import io.resuelve.web.Messages;
import io.resuelve.web.SignInSupport;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Seed 002 "Perfil del usuario": name, job title, phone, language, time zone and password of the signed-in person. */
@Controller
class ProfileController {

    private final Profiles profiles;
    private final Passwords passwords;
    private final ProfilePage page;
    private final SignInSupport signIn;
    private final LocaleResolver locales;
    private final Messages messages;

    ProfileController(Profiles profiles, Passwords passwords, ProfilePage page, SignInSupport signIn,
            LocaleResolver locales, Messages messages) {
        this.profiles = profiles;
        this.passwords = passwords;
        this.page = page;
        this.signIn = signIn;
        this.locales = locales;
        this.messages = messages;
    }

    @GetMapping("/perfil")
    String show(Actor actor, Model model) {
        return page.show(actor, model);
    }

    /** The sections' addresses only receive forms; opened (say, by the language switcher) they lead back. */
    @GetMapping({ "/perfil/foto", "/perfil/contrasena", "/perfil/tokens" })
    String back() {
        return "redirect:/perfil";
    }

    @PostMapping("/perfil")
    String update(@ModelAttribute("form") ProfileUpdate form, Actor actor, HttpServletRequest request,
            HttpServletResponse response, Model model, RedirectAttributes redirect) {
        UserView user;
        try {
            user = profiles.updateProfile(actor, form);
        } catch (InvalidInputException e) {
            return page.showError(actor, model, "profile", e);
        }
        // The session's principal holds name, language and time zone as they were at sign-in: sign in again to
        // refresh them, and make the new language the chosen one so that the next page already speaks it.
        signIn.signIn(user.email(), request, response);
        locales.setLocale(request, response, user.language().locale());
        redirect.addFlashAttribute("flash", messages.in(user.language().locale(), "profile.saved"));
        return "redirect:/perfil";
    }

    @PostMapping("/perfil/contrasena")
    String changePassword(@RequestParam(defaultValue = "") String currentPassword,
            @RequestParam(defaultValue = "") String newPassword, @RequestParam(defaultValue = "") String confirmation,
            Actor actor, Model model, RedirectAttributes redirect) {
        try {
            if (!newPassword.equals(confirmation)) {
                throw new InvalidInputException("confirmation", "error.password.mismatch");
            }
            passwords.change(actor, currentPassword, newPassword);
        } catch (InvalidInputException e) {
            return page.showError(actor, model, "password", e);
        }
        redirect.addFlashAttribute("flash", messages.of("profile.password.changed"));
        return "redirect:/perfil";
    }
}
