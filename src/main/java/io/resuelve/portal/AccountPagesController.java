package io.resuelve.portal;

import io.resuelve.accounts.Passwords;
import io.resuelve.accounts.SignUps;
import io.resuelve.accounts.UserView;
import io.resuelve.shared.InvalidInputException;
import io.resuelve.shared.Language;
import io.resuelve.web.Messages;
import io.resuelve.web.RateLimits;
import io.resuelve.web.SignInSupport;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Seed 000: create an account, verify the e-mail, choose a password; and "¿Olvidó su contraseña?". */
@Controller
class AccountPagesController {

    private final SignUps signUps;
    private final Passwords passwords;
    private final RateLimits limits;
    private final SignInSupport signIn;
    private final Messages messages;

    AccountPagesController(SignUps signUps, Passwords passwords, RateLimits limits, SignInSupport signIn,
            Messages messages) {
        this.signUps = signUps;
        this.passwords = passwords;
        this.limits = limits;
        this.signIn = signIn;
        this.messages = messages;
    }

    @GetMapping("/registro")
    String signUpForm() {
        return "portal/signup";
    }

    @PostMapping("/registro")
    String signUp(@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String email,
            HttpServletRequest request, Model model) {
        limits.acquire("sign-up", request, email);
        try {
            signUps.request(name, email, Language.fromTag(LocaleContextHolder.getLocale().toLanguageTag()));
        } catch (InvalidInputException e) {
            model.addAttribute("error", messages.of(e));
            model.addAttribute("errorField", e.field());
            model.addAttribute("name", name);
            model.addAttribute("email", email);
            return "portal/signup";
        }
        model.addAttribute("email", email.trim());
        return "portal/signup-sent";
    }

    @GetMapping("/registro/verificar")
    String verifyForm(@RequestParam(defaultValue = "") String token, Model model) {
        return signUps.pending(token).map(pending -> {
            model.addAttribute("token", token);
            model.addAttribute("pending", pending);
            return "portal/signup-verify";
        }).orElse("portal/link-invalid");
    }

    @PostMapping("/registro/verificar")
    String verify(@RequestParam(defaultValue = "") String token, @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String password, @RequestParam(defaultValue = "") String confirmation,
            HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes redirect) {
        var pending = signUps.pending(token);
        if (pending.isEmpty()) {
            return "portal/link-invalid";
        }
        try {
            if (!password.equals(confirmation)) {
                throw new InvalidInputException("confirmation", "error.password.mismatch");
            }
            UserView user = signUps.complete(token, name, password);
            signIn.signIn(user.email(), request, response);
            redirect.addFlashAttribute("flash", messages.of("signup.welcome", user.name()));
            return "redirect:/tickets";
        } catch (InvalidInputException e) {
            model.addAttribute("error", messages.of(e));
            model.addAttribute("errorField", e.field());
            model.addAttribute("token", token);
            model.addAttribute("pending", pending.get());
            return "portal/signup-verify";
        }
    }

    @GetMapping("/contrasena/olvido")
    String forgotForm() {
        return "portal/forgot";
    }

    @PostMapping("/contrasena/olvido")
    String forgot(@RequestParam(defaultValue = "") String email, HttpServletRequest request, Model model) {
        limits.acquire("password-reset", request, email);
        passwords.requestReset(email);
        model.addAttribute("email", email.trim());
        return "portal/forgot-sent";
    }

    @GetMapping("/contrasena/restablecer")
    String resetForm(@RequestParam(defaultValue = "") String token, Model model) {
        if (!passwords.resetLinkValid(token)) {
            return "portal/link-invalid";
        }
        model.addAttribute("token", token);
        return "portal/reset";
    }

    @PostMapping("/contrasena/restablecer")
    String reset(@RequestParam(defaultValue = "") String token, @RequestParam(defaultValue = "") String password,
            @RequestParam(defaultValue = "") String confirmation, Model model, RedirectAttributes redirect) {
        if (!passwords.resetLinkValid(token)) {
            return "portal/link-invalid";
        }
        try {
            if (!password.equals(confirmation)) {
                throw new InvalidInputException("confirmation", "error.password.mismatch");
            }
            passwords.reset(token, password);
        } catch (InvalidInputException e) {
            model.addAttribute("error", messages.of(e));
            model.addAttribute("token", token);
            return "portal/reset";
        }
        redirect.addFlashAttribute("flash", messages.of("reset.done"));
        return "redirect:/login";
    }
}
