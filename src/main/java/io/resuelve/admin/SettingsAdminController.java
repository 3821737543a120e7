package io.resuelve.admin;

import java.time.ZoneId;
import java.util.List;

import io.resuelve.accounts.Actor;
import io.resuelve.settings.HelpdeskSettings;
import io.resuelve.settings.HelpdeskSettingsView;
import io.resuelve.shared.InvalidInputException;
import io.resuelve.shared.Language;
import io.resuelve.web.Messages;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** General settings: the help desk's name, the support address customers see, defaults for new people. */
@Controller
class SettingsAdminController {

    /** The zones offered first: where Resuelve's customers are; any other valid zone id is accepted too. */
    static final List<String> ZONES = ZoneId.getAvailableZoneIds().stream()
            .filter(z -> z.matches("(America|Europe|Atlantic|Pacific|Asia|Africa|Australia)/.+") || z.equals("UTC"))
            .sorted().toList();

    private final HelpdeskSettings settings;
    private final Messages messages;

    SettingsAdminController(HelpdeskSettings settings, Messages messages) {
        this.settings = settings;
        this.messages = messages;
    }

    @GetMapping("/admin/ajustes")
    String show(Model model) {
        return view(model, settings.current());
    }

    @PostMapping("/admin/ajustes")
    String save(@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String supportEmail,
            @RequestParam(defaultValue = "ES") Language defaultLanguage,
            @RequestParam(defaultValue = "") String defaultTimeZone, Actor actor, Model model,
            RedirectAttributes redirect) {
        HelpdeskSettingsView wanted = new HelpdeskSettingsView(name, supportEmail, defaultLanguage, defaultTimeZone);
        try {
            settings.change(wanted, actor);
        } catch (InvalidInputException e) {
            model.addAttribute("error", messages.of(e));
            model.addAttribute("errorField", e.field());
            return view(model, wanted);
        }
        redirect.addFlashAttribute("flash", messages.of("admin.settings.saved"));
        return "redirect:/admin/ajustes";
    }

    private String view(Model model, HelpdeskSettingsView form) {
        model.addAttribute("form", form);
        model.addAttribute("languages", Language.values());
        model.addAttribute("zones", ZONES);
        return "admin/settings";
    }
}
