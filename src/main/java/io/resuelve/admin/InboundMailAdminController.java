package io.resuelve.admin;

import java.util.List;

import io.resuelve.accounts.Actor;
import io.resuelve.mail.InboundMailView;
import io.resuelve.mail.InboundMails;
import io.resuelve.mail.InboundStatus;
import io.resuelve.mail.IngestResult;
import io.resuelve.shared.ConflictException;
import io.resuelve.web.Messages;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The incoming mail: what came in, what became of it, the original, and a second try for what was set aside. */
@Controller
class InboundMailAdminController {

    static final int PAGE = 50;

    private final InboundMails mails;
    private final Messages messages;

    InboundMailAdminController(InboundMails mails, Messages messages) {
        this.mails = mails;
        this.messages = messages;
    }

    @GetMapping("/admin/correo-entrante")
    String list(@RequestParam(name = "estado", required = false) InboundStatus status,
            @RequestParam(name = "antes", required = false) Long before, Actor actor, Model model) {
        List<InboundMailView> page = mails.page(status, before, PAGE + 1, actor);
        model.addAttribute("mails", page.size() > PAGE ? page.subList(0, PAGE) : page);
        model.addAttribute("nextBefore", page.size() > PAGE ? page.get(PAGE - 1).id() : null);
        model.addAttribute("status", status);
        model.addAttribute("before", before);
        model.addAttribute("statuses", InboundStatus.values());
        model.addAttribute("counts", mails.counts(actor));
        return "admin/inbound";
    }

    @GetMapping("/admin/correo-entrante/{id}")
    String show(@PathVariable long id, Actor actor, Model model) {
        model.addAttribute("detail", mails.detail(id, actor));
        return "admin/inbound-mail";
    }

    @GetMapping("/admin/correo-entrante/{id}/original")
    ResponseEntity<byte[]> original(@PathVariable long id, Actor actor) {
        byte[] raw = mails.raw(id, actor);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("message/rfc822"))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("correo-" + id + ".eml").build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(raw);
    }

    @PostMapping("/admin/correo-entrante/{id}/reprocesar")
    String reprocess(@PathVariable long id, Actor actor, RedirectAttributes redirect) {
        IngestResult result;
        try {
            result = mails.reprocess(id, actor);
        } catch (ConflictException e) {
            redirect.addFlashAttribute("flashError", messages.of(e));
            return "redirect:/admin/correo-entrante/" + id;
        }
        String outcome = messages.of("admin.inbound.status." + result.status());
        if (result.status() == InboundStatus.QUARANTINED) {
            redirect.addFlashAttribute("flashError", messages.of("admin.inbound.reprocessedQuarantined"));
        } else if (result.ticketNumber() != null) {
            redirect.addFlashAttribute("flash", messages.of("admin.inbound.reprocessedTicket", outcome,
                    result.ticketNumber()));
        } else {
            redirect.addFlashAttribute("flash", messages.of("admin.inbound.reprocessed", outcome));
        }
        return "redirect:/admin/correo-entrante/" + id;
    }
}
