package io.resuelve.admin;

import java.time.LocalDate;

import io.resuelve.audit.AuditLog;
import io.resuelve.audit.AuditQuery;
import io.resuelve.web.DateFormats;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The audit log: every admin's change, newest first, filtered by who, what kind of thing and when (days read in the
 * viewer's time zone). Read-only: entries cannot be edited nor deleted.
 */
@Controller
class AuditAdminController {

    static final int PAGE_SIZE = 50;

    private final AuditLog log;
    private final DateFormats dates;

    AuditAdminController(AuditLog log, DateFormats dates) {
        this.log = log;
        this.dates = dates;
    }

    @GetMapping("/admin/auditoria")
    String list(@RequestParam(required = false) Long actor, @RequestParam(defaultValue = "") String type,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Long before, Model model) {
        model.addAttribute("page", log.page(new AuditQuery(actor, type.isBlank() ? null : type,
                dates.startOfDay(from), to == null ? null : dates.startOfDay(to.plusDays(1)), before, PAGE_SIZE)));
        model.addAttribute("actors", log.actors());
        model.addAttribute("types", AUDIT_TYPES);
        model.addAttribute("actor", actor);
        model.addAttribute("type", type);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("first", before == null);
        return "admin/audit";
    }

    static final java.util.List<String> AUDIT_TYPES = java.util.List.of("USER", "ORGANISATION", "GROUP", "COUNTRY",
            "BRAND", "PRODUCT", "SETTINGS", "CONTACT_TEXT", "MAILBOX");
}
