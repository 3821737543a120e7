package io.resuelve.portal;

import io.resuelve.settings.SiteTexts;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

    private final SiteTexts texts;

    HomeController(SiteTexts texts) {
        this.texts = texts;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("contactChannels", texts.contactGuidance(LocaleContextHolder.getLocale()));
        return "portal/home";
    }

    @GetMapping("/login")
    String login() {
        return "portal/login";
    }
}
