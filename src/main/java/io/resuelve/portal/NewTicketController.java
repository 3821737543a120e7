package io.resuelve.portal;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.resuelve.accounts.AccountManagement;
import io.resuelve.accounts.Actor;
import io.resuelve.catalog.Catalog;
import io.resuelve.forms.PriorityAdvisor;
import io.resuelve.forms.QualityCoach;
import io.resuelve.forms.QualityReport;
import io.resuelve.forms.RequestTypeForm;
import io.resuelve.forms.RequestTypes;
import io.resuelve.shared.DomainException;
import io.resuelve.shared.InvalidInputException;
import io.resuelve.tickets.Channel;
import io.resuelve.tickets.CustomFieldKind;
import io.resuelve.tickets.NewTicket;
import io.resuelve.tickets.Priority;
import io.resuelve.tickets.TicketManagement;
import io.resuelve.tickets.TicketQueries;
import io.resuelve.tickets.TicketView;
import io.resuelve.tickets.TicketsProperties;
import io.resuelve.tickets.Upload;
import io.resuelve.web.Messages;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Seed 001: choose a section (cards with descriptions), then fill that section's form — its own fields with a
 * comment beside each, the triage checklist and the impact — and "Enviar ticket" (seed 002); then a confirmation
 * with the number (and an acknowledgement mail).
 */
@Controller
class NewTicketController {

    private final TicketManagement tickets;
    private final TicketQueries queries;
    private final RequestTypes types;
    private final PriorityAdvisor advisor;
    private final AccountManagement accounts;
    private final Catalog catalog;
    private final TicketsProperties properties;
    private final Messages messages;
    private final QualityCoach coach;

    NewTicketController(TicketManagement tickets, TicketQueries queries, RequestTypes types, PriorityAdvisor advisor,
            AccountManagement accounts, Catalog catalog, TicketsProperties properties, Messages messages,
            QualityCoach coach) {
        this.coach = coach;
        this.tickets = tickets;
        this.queries = queries;
        this.types = types;
        this.advisor = advisor;
        this.accounts = accounts;
        this.catalog = catalog;
        this.properties = properties;
        this.messages = messages;
    }

    /** Without {@code tipo}: the chooser. With it: that section's form. */
    @GetMapping("/tickets/nuevo")
    String form(@ModelAttribute("form") NewTicketForm form, Actor actor, Locale locale, Model model) {
        if (form.tipo() == null || form.tipo().isBlank()) {
            return chooser(locale, model);
        }
        Optional<RequestTypeForm> type = offered(form.tipo(), locale);
        if (type.isEmpty()) {
            model.addAttribute("error", messages.of("forms.portal.unknownSection"));
            return chooser(locale, model);
        }
        return page(type.get(), Map.of(), form, actor, model);
    }

    @PostMapping("/tickets/nuevo")
    String create(@ModelAttribute("form") NewTicketForm form, @RequestParam MultiValueMap<String, String> params,
            @RequestParam(name = "archivos", required = false) List<MultipartFile> files, Actor actor, Locale locale,
            Model model) {
        Optional<RequestTypeForm> type = offered(form.tipo(), locale);
        if (type.isEmpty()) {
            model.addAttribute("error", messages.of("forms.portal.unknownSection"));
            return chooser(locale, model);
        }
        Map<String, List<String>> values = NewTicketForm.customValues(params);
        List<Upload> uploads = uploads(files);
        // the quality coach again on submit: a rule an administrator made blocking for this type refuses the ticket
        QualityReport quality = coach.check(form.asunto(), form.descripcion(), type.get().type().code(), locale,
                uploads.size(), texts(type.get(), values));
        if (quality.blocked()) {
            model.addAttribute("error", messages.of("coach.blocked"));
            model.addAttribute("qualityReport", quality);
            model.addAttribute("filesLost", !uploads.isEmpty());
            return page(type.get(), values, form, actor, model);
        }
        try {
            // the brand follows from the product (TicketInput derives it)
            TicketView ticket = tickets.file(new NewTicket(form.asunto(), form.descripcion(), type.get().type().code(),
                    form.prioridad(), Channel.PORTAL, form.solicitante(), emails(form.copia()), null, form.producto(),
                    form.pais(), form.idFiscal(), form.empresa(), form.telefono(), values), uploads, actor);
            return "redirect:/tickets/" + ticket.number() + "/creado";
        } catch (DomainException e) {
            model.addAttribute("error", messages.of(e));
            model.addAttribute("errorField", e instanceof InvalidInputException invalid ? invalid.field() : null);
            model.addAttribute("filesLost", !uploads.isEmpty());
            return page(type.get(), values, form, actor, model);
        }
    }

    /** The suggested priority while the impact is being described (htmx, on every change of the impact). */
    @PostMapping("/tickets/nuevo/prioridad")
    String suggestion(@RequestParam MultiValueMap<String, String> params,
            @RequestParam(name = "prioridad", required = false) Priority chosen, Model model) {
        model.addAttribute("advice", advisor.advise(NewTicketForm.customValues(params), chosen));
        return "portal/ticket-new :: suggestion";
    }

    @GetMapping("/tickets/{number}/creado")
    String created(@PathVariable long number, Actor actor, Model model) {
        model.addAttribute("ticket", queries.ticket(number, actor));
        return "portal/ticket-created";
    }

    private String chooser(Locale locale, Model model) {
        model.addAttribute("types", types.active(locale));
        return "portal/ticket-types";
    }

    private Optional<RequestTypeForm> offered(String code, Locale locale) {
        return types.form(code, locale).filter(t -> t.type().active());
    }

    private String page(RequestTypeForm type, Map<String, List<String>> values, NewTicketForm form, Actor actor,
            Model model) {
        model.addAttribute("type", type);
        model.addAttribute("fields", type.type().activeFields().stream().filter(f -> f.editableBy(actor)).toList());
        model.addAttribute("values", values);
        model.addAttribute("advice", advisor.advise(values,
                form.prioridad() == null ? Priority.NORMAL : form.prioridad()));
        model.addAttribute("priorities", Priority.values());
        model.addAttribute("colleagues", accounts.colleagues(actor));
        model.addAttribute("brands", catalog.brands().stream()
                .map(b -> new Object[] { b, catalog.products(b.id()) }).toList());
        model.addAttribute("countries", catalog.countries());
        model.addAttribute("maxBytes", properties.attachmentMaxSize().toBytes());
        model.addAttribute("maxMegabytes", properties.attachmentMaxSize().toMegabytes());
        return "portal/ticket-new";
    }

    /** What the customer wrote in the section's text fields (steps, error code…): the coach reads it too. */
    private static List<String> texts(RequestTypeForm type, Map<String, List<String>> values) {
        return type.type().activeFields().stream()
                .filter(f -> f.kind() == CustomFieldKind.TEXT || f.kind() == CustomFieldKind.LONG_TEXT
                        || f.kind() == CustomFieldKind.URL)
                .flatMap(f -> values.getOrDefault(f.key(), List.of()).stream()).toList();
    }

    /** The files a form sent; a file input left empty still sends one empty part, which is not a file. */
    static List<Upload> uploads(List<MultipartFile> files) {
        return files == null ? List.of()
                : files.stream().filter(f -> !f.isEmpty()).map(f -> new Upload(f.getOriginalFilename(), f)).toList();
    }

    static List<String> emails(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split("[,;\\s]+")).filter(s -> !s.isBlank()).toList();
    }
}
