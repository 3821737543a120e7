package io.resuelve.admin;

import io.resuelve.accounts.AccountManagement;
import io.resuelve.accounts.Actor;
import io.resuelve.accounts.NewOrganisation;
import io.resuelve.accounts.OrganisationAdministration;
import io.resuelve.accounts.OrganisationChange;
import io.resuelve.accounts.OrganisationView;
import io.resuelve.catalog.Catalog;
import io.resuelve.shared.ConflictException;
import io.resuelve.shared.InvalidInputException;
import io.resuelve.shared.NotFoundException;
import io.resuelve.web.Messages;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Customer organisations: details, mail domains (people who sign up with one join the organisation) and whether
 * members see each other's tickets (seeds 000, 001, 003).
 */
@Controller
class OrganisationsAdminController {

    private final OrganisationAdministration administration;
    private final AccountManagement accounts;
    private final Catalog catalog;
    private final Messages messages;

    OrganisationsAdminController(OrganisationAdministration administration, AccountManagement accounts,
            Catalog catalog, Messages messages) {
        this.administration = administration;
        this.accounts = accounts;
        this.catalog = catalog;
        this.messages = messages;
    }

    @GetMapping("/admin/organizaciones")
    String list(@RequestParam(defaultValue = "") String q, Model model) {
        model.addAttribute("organisations", administration.search(q));
        model.addAttribute("q", q);
        return "admin/organisations";
    }

    @GetMapping("/admin/organizaciones/nueva")
    String newForm(Model model) {
        return formView(model, new OrganisationView(null, "", "", "", java.util.Set.of(), false, null), "");
    }

    @PostMapping("/admin/organizaciones/nueva")
    String create(@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String taxId,
            @RequestParam(defaultValue = "") String country, @RequestParam(defaultValue = "") String domain,
            @RequestParam(defaultValue = "false") boolean sharedTickets, Actor actor, Model model,
            RedirectAttributes redirect) {
        try {
            OrganisationView created = accounts.createOrganisation(new NewOrganisation(name, taxId, country,
                    java.util.List.of(domain), sharedTickets), actor);
            redirect.addFlashAttribute("flash", messages.of("admin.organisations.created", created.name()));
            return "redirect:/admin/organizaciones/" + created.id();
        } catch (InvalidInputException | ConflictException e) {
            model.addAttribute("error", messages.of(e));
            model.addAttribute("errorField", field(e));
            return formView(model, new OrganisationView(null, name, taxId, country, java.util.Set.of(),
                    sharedTickets, null), domain);
        }
    }

    @GetMapping("/admin/organizaciones/{id}")
    String show(@PathVariable long id, Model model) {
        return detailView(model, organisation(id));
    }

    @PostMapping("/admin/organizaciones/{id}")
    String change(@PathVariable long id, @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String taxId, @RequestParam(defaultValue = "") String country,
            @RequestParam(defaultValue = "false") boolean sharedTickets, Actor actor, Model model,
            RedirectAttributes redirect) {
        try {
            administration.change(id, new OrganisationChange(name, taxId, country, sharedTickets), actor);
            redirect.addFlashAttribute("flash", messages.of("admin.organisations.saved"));
            return "redirect:/admin/organizaciones/" + id;
        } catch (InvalidInputException | ConflictException e) {
            OrganisationView current = organisation(id);
            model.addAttribute("error", messages.of(e));
            model.addAttribute("errorField", field(e));
            return detailView(model, new OrganisationView(id, name, taxId, country, current.domains(),
                    sharedTickets, current.createdAt()));
        }
    }

    @PostMapping("/admin/organizaciones/{id}/dominios")
    String addDomain(@PathVariable long id, @RequestParam(defaultValue = "") String domain, Actor actor,
            RedirectAttributes redirect) {
        try {
            administration.addDomain(id, domain, actor);
            redirect.addFlashAttribute("flash", messages.of("admin.organisations.domainAdded", domain.trim()));
        } catch (InvalidInputException | ConflictException e) {
            redirect.addFlashAttribute("domainError", messages.of(e));
            redirect.addFlashAttribute("domainValue", domain);
        }
        return "redirect:/admin/organizaciones/" + id + "#dominios";
    }

    @PostMapping("/admin/organizaciones/{id}/dominios/eliminar")
    String removeDomain(@PathVariable long id, @RequestParam(defaultValue = "") String domain, Actor actor,
            RedirectAttributes redirect) {
        administration.removeDomain(id, domain, actor);
        redirect.addFlashAttribute("flash", messages.of("admin.organisations.domainRemoved", domain));
        return "redirect:/admin/organizaciones/" + id + "#dominios";
    }

    private OrganisationView organisation(long id) {
        return accounts.organisation(id).orElseThrow(() -> new NotFoundException("error.organisation.notFound"));
    }

    private String detailView(Model model, OrganisationView organisation) {
        model.addAttribute("organisation", organisation);
        model.addAttribute("members", administration.members(organisation.id()));
        model.addAttribute("countries", catalog.allCountries());
        return "admin/organisation";
    }

    private String formView(Model model, OrganisationView organisation, String domain) {
        model.addAttribute("organisation", organisation);
        model.addAttribute("domain", domain);
        model.addAttribute("countries", catalog.allCountries());
        return "admin/organisation-new";
    }

    private static String field(RuntimeException e) {
        if (e instanceof InvalidInputException i) {
            return i.field();
        }
        return ((ConflictException) e).messageKey().contains("domain") ? "domains" : "name";
    }
}
