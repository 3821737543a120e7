package io.resuelve.portal;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import io.resuelve.accounts.AccountManagement;
import io.resuelve.accounts.Actor;
import io.resuelve.tickets.TicketPage;
import io.resuelve.tickets.TicketQueries;
import io.resuelve.tickets.TicketQuery;
import io.resuelve.tickets.TicketScope;
import io.resuelve.tickets.TicketSort;
import io.resuelve.tickets.TicketStatus;
import io.resuelve.web.DateFormats;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Seeds 000 and 002 "Tickets": "Mis tickets" and, for organisations that share tickets, "Tickets de mi
 * organización", with filters, sorting, keyset pages and a CSV export of exactly what the filters select.
 */
@Controller
class TicketListController {

    static final int PAGE_SIZE = 25;
    static final int EXPORT_MAX = 10_000;
    /** Status filter options as customers see them: "En curso" covers both OPEN and ON_HOLD. */
    static final List<String> STATUS_OPTIONS = List.of("NEW", "OPEN,ON_HOLD", "PENDING_CUSTOMER", "RESOLVED",
            "CLOSED");

    private final TicketQueries queries;
    private final AccountManagement accounts;
    private final PortalViews views;
    private final DateFormats dates;

    TicketListController(TicketQueries queries, AccountManagement accounts, PortalViews views, DateFormats dates) {
        this.queries = queries;
        this.accounts = accounts;
        this.views = views;
        this.dates = dates;
    }

    @GetMapping("/tickets")
    String list(@ModelAttribute("filters") TicketFilters filters, Actor actor, Model model) {
        boolean shares = actor.isCustomer() && accounts.sharesTickets(actor.organisationId());
        TicketPage page = queries.list(query(filters, actor, shares), actor);
        model.addAttribute("rows", views.rows(page.items()));
        model.addAttribute("next", page.next());
        model.addAttribute("organisationTab", shares);
        model.addAttribute("organisationView", filters.organisation());
        model.addAttribute("colleagues", shares ? accounts.colleagues(actor) : List.of());
        model.addAttribute("statusOptions", STATUS_OPTIONS.stream().map(o -> new String[] { o,
                views.statusLabel(TicketStatus.valueOf(o.split(",")[0])) }).toList());
        return "portal/tickets";
    }

    @GetMapping("/tickets/exportar")
    void export(@ModelAttribute TicketFilters filters, Actor actor, HttpServletResponse response) throws IOException {
        boolean shares = actor.isCustomer() && accounts.sharesTickets(actor.organisationId());
        var tickets = queries.export(query(filters, actor, shares).withLimit(TicketQuery.MAX_LIMIT), actor, EXPORT_MAX);
        // Excel reads a semicolon-separated file in Spanish and Portuguese settings, a comma-separated one in English.
        char separator = "en".equals(LocaleContextHolder.getLocale().getLanguage()) ? ',' : ';';
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"tickets-" + LocalDate.now(dates.zone())
                + ".csv\"");
        response.setHeader("X-Content-Type-Options", "nosniff");
        try (Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8)) {
            out.write('\uFEFF'); // the BOM makes Excel read UTF-8, so accents show
            PortalViews.CustomColumns custom = views.customColumns(tickets, actor);
            List<String> header = new java.util.ArrayList<>(views.csvHeader());
            header.addAll(custom.header());
            List<TicketRow> rows = views.rows(tickets);
            List<List<String>> lines = new java.util.ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                TicketRow r = rows.get(i);
                List<String> line = new java.util.ArrayList<>(List.of(Long.toString(r.number()), r.subject(),
                        r.statusLabel(), r.priorityLabel(), dates.dateTime(r.createdAt()),
                        dates.dateTime(r.lastActivityAt()), r.channelLabel(), r.requesterName(), r.requesterEmail()));
                line.addAll(custom.cells().apply(tickets.get(i)));
                lines.add(line);
            }
            new CsvWriter(out, separator).row(header).rows(lines);
        }
    }

    private TicketQuery query(TicketFilters filters, Actor actor, boolean shares) {
        TicketScope scope = actor.isStaff() ? TicketScope.ALL
                : filters.organisation() && shares ? TicketScope.ORGANISATION : TicketScope.MINE;
        return new TicketQuery(statuses(filters.estado()), blank(filters.solicitante()), null, null, null, null,
                blank(filters.q()), dates.startOfDay(filters.desde()),
                filters.hasta() == null ? null : dates.startOfDay(filters.hasta().plusDays(1)), scope,
                sort(filters.orden()), blank(filters.cursor()), PAGE_SIZE);
    }

    private static Set<TicketStatus> statuses(String value) {
        if (value == null || value.isBlank() || !STATUS_OPTIONS.contains(value)) {
            return Set.of();
        }
        return Arrays.stream(value.split(",")).map(TicketStatus::valueOf).collect(Collectors.toSet());
    }

    private static TicketSort sort(String value) {
        return Arrays.stream(TicketSort.values()).filter(s -> s.name().equals(value)).findFirst()
                .orElse(TicketSort.RECENT_ACTIVITY);
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
