package io.resuelve.web;

import io.resuelve.settings.HelpdeskSettings;
import io.resuelve.settings.HelpdeskSettingsView;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The help desk's name and support address for every page ({@code ${helpdesk.name}}): the layout shows them in the
 * navigation bar, the window title and the footer. Pages without it (error pages) fall back to "Resuelve".
 */
@ControllerAdvice
class HelpdeskAdvice {

    private final HelpdeskSettings settings;

    HelpdeskAdvice(HelpdeskSettings settings) {
        this.settings = settings;
    }

    @ModelAttribute("helpdesk")
    HelpdeskSettingsView helpdesk() {
        return settings.current();
    }
}
