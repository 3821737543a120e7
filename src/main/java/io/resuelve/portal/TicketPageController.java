package io.resuelve.portal;

import java.util.List;
import java.util.Map;

import io.resuelve.accounts.Actor;
import io.resuelve.accounts.UserView;
import io.resuelve.catalog.Catalog;
import io.resuelve.shared.DomainException;
import io.resuelve.storage.ContentTypeSniffer;
import io.resuelve.tickets.AttachmentView;
import io.resuelve.tickets.MessageAdded;
import io.resuelve.tickets.MessageView;
import io.resuelve.tickets.NewMessage;
import io.resuelve.tickets.TicketEdit;
import io.resuelve.tickets.TicketField;
import io.resuelve.tickets.TicketManagement;
import io.resuelve.tickets.TicketQueries;
import io.resuelve.tickets.TicketStatus;
import io.resuelve.tickets.TicketView;
import io.resuelve.tickets.TicketsProperties;
import io.resuelve.tickets.Upload;
import io.resuelve.web.Messages;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A ticket as its customer sees it (seeds 000, 001, 002): the thread without internal notes, reply, "Agregar
 * personas", "Cerrar ticket", "¿Se ha resuelto su problema?" and the details they may change.
 */
@Controller
class TicketPageController {

    private final TicketQueries queries;
    private final TicketManagement tickets;
    private final PortalViews views;
    private final Catalog catalog;
    private final TicketsProperties properties;
    private final Messages messages;

    TicketPageController(TicketQueries queries, TicketManagement tickets, PortalViews views, Catalog catalog,
            TicketsProperties properties, Messages messages) {
        this.queries = queries;
        this.tickets = tickets;
        this.views = views;
        this.catalog = catalog;
        this.properties = properties;
        this.messages = messages;
    }

    @GetMapping("/tickets/{number}")
    String show(@PathVariable long number, Actor actor, Model model) {
        TicketView ticket = queries.ticket(number, actor);
        List<MessageView> thread = queries.messages(number, actor).stream().filter(m -> !m.internal()).toList();
        Map<Long, UserView> people = views.people(ticket, thread.stream().map(MessageView::authorId).toList());
        model.addAttribute("ticket", ticket);
        model.addAttribute("requester", people.get(ticket.requesterId()));
        model.addAttribute("cc", ticket.ccIds().stream().map(people::get).filter(java.util.Objects::nonNull)
                .sorted(java.util.Comparator.comparing(UserView::name)).toList());
        model.addAttribute("statusLabel", views.statusLabel(ticket.status()));
        model.addAttribute("typeLabel", views.typeLabel(ticket.type()));
        model.addAttribute("customValues", views.customValues(ticket, actor));
        model.addAttribute("priorityLabel", messages.of(ticket.priority().labelKey()));
        model.addAttribute("channelLabel", messages.of(ticket.channel().labelKey()));
        model.addAttribute("brand", catalog.brand(ticket.brandId()).map(b -> b.name()).orElse(""));
        model.addAttribute("product", catalog.product(ticket.productId()).map(p -> p.name()).orElse(""));
        model.addAttribute("country", catalog.country(ticket.country()).map(c -> c.name()).orElse(""));
        model.addAttribute("descriptionFiles", files(queries.descriptionAttachments(number, actor)));
        model.addAttribute("thread", thread.stream().map(m -> row(m, people)).toList());
        model.addAttribute("closed", ticket.status() == TicketStatus.CLOSED);
        model.addAttribute("awaitingConfirmation", ticket.status() == TicketStatus.RESOLVED);
        model.addAttribute("maxBytes", properties.attachmentMaxSize().toBytes());
        model.addAttribute("maxMegabytes", properties.attachmentMaxSize().toMegabytes());
        return "portal/ticket";
    }

    @PostMapping("/tickets/{number}/responder")
    String reply(@PathVariable long number, @RequestParam(defaultValue = "") String mensaje,
            @RequestParam(name = "archivos", required = false) List<MultipartFile> files, Actor actor, Model model,
            RedirectAttributes redirect) {
        List<Upload> uploads = NewTicketController.uploads(files);
        try {
            MessageAdded added = tickets.addMessage(number, new NewMessage(mensaje, null, false, null, uploads), actor);
            if (added.followUp()) {
                redirect.addFlashAttribute("flash", messages.of("ticket.followUpCreated", number,
                        added.ticketNumber()));
                return "redirect:/tickets/" + added.ticketNumber();
            }
            redirect.addFlashAttribute("flash", messages.of("ticket.replySent"));
            return "redirect:/tickets/" + number;
        } catch (DomainException e) {
            model.addAttribute("replyError", messages.of(e));
            model.addAttribute("draft", mensaje);
            return show(number, actor, model);
        }
    }

    @PostMapping("/tickets/{number}/personas")
    String addPeople(@PathVariable long number, @RequestParam(defaultValue = "") String correos, Actor actor,
            RedirectAttributes redirect) {
        return act(number, redirect, "ticket.peopleAdded",
                () -> tickets.addPeople(number, NewTicketController.emails(correos), actor));
    }

    @PostMapping("/tickets/{number}/cerrar")
    String close(@PathVariable long number, Actor actor, RedirectAttributes redirect) {
        return act(number, redirect, "ticket.closedDone", () -> tickets.close(number, actor));
    }

    @PostMapping("/tickets/{number}/confirmacion")
    String confirm(@PathVariable long number, @RequestParam boolean resuelto,
            @RequestParam(defaultValue = "") String comentario, Actor actor, RedirectAttributes redirect) {
        return act(number, redirect, resuelto ? "ticket.confirmedSolved" : "ticket.confirmedNotQuite",
                () -> tickets.confirm(number, resuelto, comentario, actor));
    }

    @PostMapping("/tickets/{number}/detalles")
    String details(@PathVariable long number, @RequestParam(defaultValue = "") String idFiscal,
            @RequestParam(defaultValue = "") String empresa, @RequestParam(defaultValue = "") String telefono,
            Actor actor, RedirectAttributes redirect) {
        TicketEdit edit = new TicketEdit().set(TicketField.TAX_ID, idFiscal).set(TicketField.COMPANY_NAME, empresa)
                .set(TicketField.CONTACT_PHONE, telefono);
        return act(number, redirect, "ticket.detailsSaved", () -> tickets.edit(number, edit, actor));
    }

    private String act(long number, RedirectAttributes redirect, String doneKey, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("flash", messages.of(doneKey));
        } catch (io.resuelve.shared.NotFoundException e) {
            throw e;
        } catch (DomainException e) {
            redirect.addFlashAttribute("actionError", messages.of(e));
        }
        return "redirect:/tickets/" + number;
    }

    private MessageRow row(MessageView message, Map<Long, UserView> people) {
        UserView author = people.get(message.authorId());
        return new MessageRow(message.id(), author == null ? messages.of("ticket.support") : author.name(),
                author == null || author.role().isStaff(), message.bodyText(), message.createdAt(),
                files(message.attachments()), message.quotedText());
    }

    private static List<MessageRow.AttachmentRow> files(List<AttachmentView> attachments) {
        return attachments.stream().map(a -> new MessageRow.AttachmentRow(a.id(), a.filename(), size(a.size()),
                ContentTypeSniffer.isSafeInlineImage(a.contentType()))).toList();
    }

    private static String size(long bytes) {
        return bytes < 1024 ? bytes + " B" : bytes < 1024 * 1024 ? (bytes / 1024) + " KB"
                : String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
