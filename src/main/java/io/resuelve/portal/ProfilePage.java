package io.resuelve.portal;

import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;

import io.resuelve.accounts.Profiles;
import io.resuelve.accounts.Actor;
import io.resuelve.accounts.ApiTokens;
import io.resuelve.accounts.ProfileUpdate;
import io.resuelve.accounts.ProfileView;
import io.resuelve.shared.DomainException;
import io.resuelve.shared.InvalidInputException;
import io.resuelve.shared.Language;
import io.resuelve.web.Messages;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The profile page's model, shared by the page's forms so that each can show the page again with its error. */
@Component
class ProfilePage {

    static final String VIEW = "portal/profile";

    /** The help desk serves the Americas and Europe; a zone set another way (API) is added to the list. */
    private static final List<String> ZONES = ZoneId.getAvailableZoneIds().stream()
            .filter(id -> id.startsWith("America/") || id.startsWith("Europe/") || id.equals("UTC"))
            .sorted().toList();

    private final Profiles profiles;
    private final ApiTokens tokens;
    private final Messages messages;

    ProfilePage(Profiles profiles, ApiTokens tokens, Messages messages) {
        this.profiles = profiles;
        this.tokens = tokens;
        this.messages = messages;
    }

    /** The page; a {@code form} already in the model (what was sent) wins over the stored profile. */
    String show(Actor actor, Model model) {
        ProfileView profile = profiles.profile(actor);
        model.addAttribute("profile", profile);
        if (!(model.getAttribute("form") instanceof ProfileUpdate)) {
            model.addAttribute("form", ProfileUpdate.of(profile.user()));
        }
        model.addAttribute("languages", Language.values());
        model.addAttribute("timeZones", zonesWith(profile.user().timeZone()));
        model.addAttribute("tokens", tokens.list(actor));
        return VIEW;
    }

    /**
     * The page with a refusal shown in one section ({@code profile}, {@code photo}, {@code password} or
     * {@code tokens}), the field it names marked.
     */
    String showError(Actor actor, Model model, String section, DomainException e) {
        model.addAttribute("errorSection", section);
        model.addAttribute("error", messages.of(e));
        model.addAttribute("errorField", e instanceof InvalidInputException invalid ? invalid.field() : null);
        return show(actor, model);
    }

    private static List<String> zonesWith(String current) {
        return current == null || ZONES.contains(current) ? ZONES
                : Stream.concat(ZONES.stream(), Stream.of(current)).sorted().toList();
    }
}
