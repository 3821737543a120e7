package io.resuelve.admin;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.resuelve.accounts.Actor;
import io.resuelve.settings.ContactChannel;
import io.resuelve.settings.SiteTexts;
import io.resuelve.shared.InvalidInputException;
import io.resuelve.shared.Language;
import io.resuelve.web.Messages;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The home page's "¿Cómo contactarnos?" (seed 000, part III) in each language: admins reword what it says about
 * chat, tickets and e-mail, one language at a time; a blank text brings back the default.
 */
@Controller
class ContactTextsController {

    private static final String VIEW = "admin/contact";

    private final SiteTexts texts;
    private final Messages messages;

    ContactTextsController(SiteTexts texts, Messages messages) {
        this.texts = texts;
        this.messages = messages;
    }

    @GetMapping("/admin/contacto")
    String show(Model model) {
        model.addAttribute("textsByLanguage", current());
        return VIEW;
    }

    /** Receives one language's form: a {@code language} and a text per channel, named after the channel. */
    @PostMapping("/admin/contacto")
    String save(@RequestParam Language language, @RequestParam Map<String, String> form, Actor actor, Model model,
            RedirectAttributes redirect) {
        Map<String, String> byChannel = new LinkedHashMap<>();
        SiteTexts.CONTACT_CHANNELS.stream().filter(form::containsKey)
                .forEach(channel -> byChannel.put(channel, form.get(channel)));
        try {
            texts.changeContactTexts(language, byChannel, actor);
        } catch (InvalidInputException e) {
            // Shown again, the refused form holds what the admin wrote rather than the stored texts.
            Map<Language, List<ContactChannel>> shown = current();
            shown.put(language, shown.get(language).stream().map(channel -> new ContactChannel(channel.key(),
                    channel.title(), byChannel.getOrDefault(channel.key(), channel.text()), channel.custom()))
                    .toList());
            model.addAttribute("textsByLanguage", shown);
            model.addAttribute("error", messages.of(e));
            model.addAttribute("errorLanguage", language);
            model.addAttribute("errorField", e.field());
            return VIEW;
        }
        redirect.addFlashAttribute("flash", messages.of("admin.contact.saved",
                messages.of("admin.languageInText." + language.name())));
        return "redirect:/admin/contacto";
    }

    private Map<Language, List<ContactChannel>> current() {
        Map<Language, List<ContactChannel>> byLanguage = new LinkedHashMap<>();
        for (Language language : Language.values()) {
            byLanguage.put(language, texts.contactGuidance(language.locale()));
        }
        return byLanguage;
    }
}
