package io.resuelve.portal;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import io.resuelve.accounts.AccountManagement;
import io.resuelve.accounts.Actor;
import io.resuelve.catalog.Catalog;
import io.resuelve.forms.QualityCoach;
import io.resuelve.forms.QualityReport;
import io.resuelve.shared.DomainException;
import io.resuelve.shared.InvalidInputException;
import io.resuelve.tickets.Channel;
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
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** Seed 002 "Enviar ticket", then a confirmation with the number (and an acknowledgement mail). */
@Controller
class NewTicketController {

    private final TicketManagement tickets;
    private final TicketQueries queries;
    private final AccountManagement accounts;
    private final Catalog catalog;
    private final TicketsProperties properties;
    private final Messages messages;
    private final QualityCoach coach;

    NewTicketController(TicketManagement tickets, TicketQueries queries, AccountManagement accounts, Catalog catalog,
            TicketsProperties properties, Messages messages, QualityCoach coach) {
        this.coach = coach;
        this.tickets = tickets;
        this.queries = queries;
        this.accounts = accounts;
        this.catalog = catalog;
        this.properties = properties;
        this.messages = messages;
    }

    @GetMapping("/tickets/nuevo")
    String form(@ModelAttribute("form") NewTicketForm form, Actor actor, Model model) {
        return page(actor, model);
    }

    @PostMapping("/tickets/nuevo")
    String create(@ModelAttribute("form") NewTicketForm form,
            @RequestParam(name = "archivos", required = false) List<MultipartFile> files, Actor actor, Locale locale,
            Model model) {
        List<Upload> uploads = uploads(files);
        // the quality coach again on submit: a rule an administrator made blocking for this type refuses the ticket
        QualityReport quality = coach.check(form.asunto(), form.descripcion(), type(form.tipo()), locale,
                uploads.size());
        if (quality.blocked()) {
            model.addAttribute("error", messages.of("coach.blocked"));
            model.addAttribute("qualityReport", quality);
            model.addAttribute("filesLost", !uploads.isEmpty());
            return page(actor, model);
        }
        try {
            // the brand follows from the product (TicketInput derives it)
            TicketView ticket = tickets.file(new NewTicket(form.asunto(), form.descripcion(), type(form.tipo()),
                    form.prioridad(), Channel.PORTAL, form.solicitante(), emails(form.copia()), null, form.producto(),
                    form.pais(), form.idFiscal(), form.empresa(), form.telefono()), uploads, actor);
            return "redirect:/tickets/" + ticket.number() + "/creado";
        } catch (DomainException e) {
            model.addAttribute("error", messages.of(e));
            model.addAttribute("errorField", e instanceof InvalidInputException invalid ? invalid.field() : null);
            model.addAttribute("filesLost", !uploads.isEmpty());
            return page(actor, model);
        }
    }

    @GetMapping("/tickets/{number}/creado")
    String created(@PathVariable long number, Actor actor, Model model) {
        model.addAttribute("ticket", queries.ticket(number, actor));
        return "portal/ticket-created";
    }

    private String page(Actor actor, Model model) {
        model.addAttribute("types", TicketTypes.CODES);
        model.addAttribute("priorities", Priority.values());
        model.addAttribute("colleagues", accounts.colleagues(actor));
        model.addAttribute("brands", catalog.brands().stream()
                .map(b -> new Object[] { b, catalog.products(b.id()) }).toList());
        model.addAttribute("countries", catalog.countries());
        model.addAttribute("maxBytes", properties.attachmentMaxSize().toBytes());
        model.addAttribute("maxMegabytes", properties.attachmentMaxSize().toMegabytes());
        return "portal/ticket-new";
    }

    private static String type(String code) {
        return code != null && TicketTypes.CODES.contains(code) ? code : null;
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
