package io.resuelve.admin;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

import io.resuelve.accounts.Actor;
import io.resuelve.accounts.ResuelvePrincipal;
import io.resuelve.kb.BannerInput;
import io.resuelve.kb.BannerSeverity;
import io.resuelve.kb.BannerView;
import io.resuelve.kb.Banners;
import io.resuelve.shared.DomainException;
import io.resuelve.web.Messages;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Seed 002 "Banner informativo": news and service-incident banners on the portal home, each with a severity and a
 * start and optional end, entered in the administrator's time zone.
 */
@Controller
class BannersAdminController {

    private final Banners banners;
    private final Messages messages;

    BannersAdminController(Banners banners, Messages messages) {
        this.banners = banners;
        this.messages = messages;
    }

    /** The banner form's fields as typed; times are the browser's datetime-local text. */
    record BannerForm(String title, String body, BannerSeverity severity, String startsAt, String endsAt) {

        static BannerForm of(BannerView banner, ZoneId zone) {
            return new BannerForm(banner.title(), banner.body(), banner.severity(), local(banner.startsAt(), zone),
                    local(banner.endsAt(), zone));
        }

        BannerInput input(ZoneId zone) {
            return new BannerInput(title, body, severity, instant(startsAt, zone), instant(endsAt, zone));
        }

        private static String local(Instant instant, ZoneId zone) {
            return instant == null ? "" : LocalDateTime.ofInstant(instant, zone).truncatedTo(ChronoUnit.MINUTES)
                    .toString();
        }

        private static Instant instant(String text, ZoneId zone) {
            if (text == null || text.isBlank()) {
                return null;
            }
            try {
                return LocalDateTime.parse(text.strip()).atZone(zone).toInstant();
            } catch (DateTimeParseException e) {
                return null;
            }
        }
    }

    @GetMapping("/admin/avisos")
    String list(Actor actor, Model model) {
        model.addAttribute("banners", banners.all(actor));
        model.addAttribute("form", new BannerForm("", "", BannerSeverity.INFO, "", ""));
        model.addAttribute("severities", BannerSeverity.values());
        return "admin/banners";
    }

    @PostMapping("/admin/avisos")
    String create(BannerForm form, @AuthenticationPrincipal ResuelvePrincipal principal, Model model,
            RedirectAttributes redirect) {
        try {
            banners.create(form.input(principal.zone()), principal.actor());
            redirect.addFlashAttribute("flash", messages.of("kb.banners.saved"));
            return "redirect:/admin/avisos";
        } catch (DomainException e) {
            model.addAttribute("error", messages.of(e));
            model.addAttribute("banners", banners.all(principal.actor()));
            model.addAttribute("form", form);
            model.addAttribute("severities", BannerSeverity.values());
            return "admin/banners";
        }
    }

    @GetMapping("/admin/avisos/{id}")
    String edit(@PathVariable long id, @AuthenticationPrincipal ResuelvePrincipal principal, Model model) {
        BannerView banner = banners.banner(id, principal.actor());
        model.addAttribute("banner", banner);
        model.addAttribute("form", BannerForm.of(banner, principal.zone()));
        model.addAttribute("severities", BannerSeverity.values());
        return "admin/banner";
    }

    @PostMapping("/admin/avisos/{id}")
    String change(@PathVariable long id, BannerForm form, @AuthenticationPrincipal ResuelvePrincipal principal,
            Model model, RedirectAttributes redirect) {
        try {
            banners.change(id, form.input(principal.zone()), principal.actor());
            redirect.addFlashAttribute("flash", messages.of("kb.banners.saved"));
            return "redirect:/admin/avisos";
        } catch (DomainException e) {
            model.addAttribute("error", messages.of(e));
            model.addAttribute("banner", banners.banner(id, principal.actor()));
            model.addAttribute("form", form);
            model.addAttribute("severities", BannerSeverity.values());
            return "admin/banner";
        }
    }

    @PostMapping("/admin/avisos/{id}/eliminar")
    String delete(@PathVariable long id, Actor actor, RedirectAttributes redirect) {
        banners.delete(id, actor);
        redirect.addFlashAttribute("flash", messages.of("kb.banners.deleted"));
        return "redirect:/admin/avisos";
    }
}
