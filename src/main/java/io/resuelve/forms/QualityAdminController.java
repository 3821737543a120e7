package io.resuelve.forms;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import io.resuelve.accounts.Actor;
import io.resuelve.shared.DomainException;
import io.resuelve.web.Messages;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /admin/calidad}: which quality rules block submission per request type, the words administrators add to
 * the rules' vocabulary per language, and a box to try the coach as customers see it. Admins only (web security).
 */
@Controller
class QualityAdminController {

    private static final String PAGE = "redirect:/admin/calidad";

    private final QualityCoach coach;
    private final QualityRuleSettings settings;
    private final QualityTypes types;
    private final Messages messages;

    QualityAdminController(QualityCoach coach, QualityRuleSettings settings, QualityTypes types, Messages messages) {
        this.coach = coach;
        this.settings = settings;
        this.types = types;
        this.messages = messages;
    }

    @GetMapping("/admin/calidad")
    String page(Locale locale, Model model) {
        List<QualityRuleView> rules = coach.rules(locale);
        Map<String, List<QualityTerm>> terms = new LinkedHashMap<>();
        rules.forEach(r -> terms.put(r.id(), new ArrayList<>()));
        settings.terms().forEach(t -> terms.computeIfAbsent(t.rule(), r -> new ArrayList<>()).add(t));
        model.addAttribute("rules", rules);
        model.addAttribute("types", types.all(locale));
        model.addAttribute("modes", settings.allModes());
        model.addAttribute("terms", terms);
        model.addAttribute("languages", QualityRuleBook.LANGUAGES);
        return "forms/quality-admin";
    }

    /** The grid: each ticked box is "TYPE|rule" and blocks; every other applicable rule advises. */
    @PostMapping("/admin/calidad/modos")
    String saveModes(@RequestParam(name = "bloquear", required = false) List<String> ticked, Actor actor,
            Locale locale, RedirectAttributes redirect) {
        Map<String, Set<String>> blocking = new HashMap<>();
        if (ticked != null) {
            for (String box : ticked) {
                int bar = box.indexOf('|');
                if (bar > 0) {
                    blocking.computeIfAbsent(box.substring(0, bar), t -> new TreeSet<>()).add(box.substring(bar + 1));
                }
            }
        }
        List<String> codes = types.all(locale).stream().map(RequestTypeView::code).toList();
        return act(redirect, "modos", () -> settings.saveBlocking(codes, blocking, actor), "coach.admin.modesSaved");
    }

    @PostMapping("/admin/calidad/palabras")
    String addTerm(@RequestParam(defaultValue = "") String regla, @RequestParam(defaultValue = "") String idioma,
            @RequestParam(defaultValue = "") String palabra, Actor actor, RedirectAttributes redirect) {
        return act(redirect, "regla-" + regla.replace('.', '-'), () -> settings.addTerm(regla, idioma, palabra, actor),
                "coach.admin.termAdded", palabra.strip());
    }

    @PostMapping("/admin/calidad/palabras/{id}/quitar")
    String removeTerm(@PathVariable long id, Actor actor, RedirectAttributes redirect) {
        return act(redirect, "palabras", () -> settings.removeTerm(id, actor), "coach.admin.termRemoved");
    }

    private String act(RedirectAttributes redirect, String anchor, Runnable action, String doneKey, Object... args) {
        try {
            action.run();
            redirect.addFlashAttribute("flash", messages.of(doneKey, args));
        } catch (DomainException e) {
            redirect.addFlashAttribute("flashError", messages.of(e));
        }
        return PAGE + "#" + anchor;
    }
}
