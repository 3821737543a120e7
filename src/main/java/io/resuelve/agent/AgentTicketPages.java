package io.resuelve.agent;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.resuelve.accounts.AccountManagement;
import io.resuelve.accounts.Actor;
import io.resuelve.accounts.AgentGroups;
import io.resuelve.accounts.OrganisationView;
import io.resuelve.accounts.UserView;
import io.resuelve.catalog.BrandView;
import io.resuelve.catalog.Catalog;
import io.resuelve.forms.CustomFields;
import io.resuelve.forms.CustomValueRows;
import io.resuelve.forms.PriorityAdvisor;
import io.resuelve.forms.RequestTypeView;
import io.resuelve.forms.RequestTypes;
import io.resuelve.mail.MailHtml;
import io.resuelve.storage.ContentTypeSniffer;
import io.resuelve.tickets.AttachmentView;
import io.resuelve.tickets.HistoryEntry;
import io.resuelve.tickets.MessageView;
import io.resuelve.tickets.Priority;
import io.resuelve.tickets.TicketQueries;
import io.resuelve.tickets.TicketQuery;
import io.resuelve.tickets.TicketStatus;
import io.resuelve.tickets.TicketView;
import io.resuelve.tickets.TicketsProperties;
import io.resuelve.web.Messages;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Builds the agent's ticket view: the thread with notes, the history, the properties and the customer panel. People
 * are loaded in one query per page, the requester's other tickets in one list query.
 */
@Component
class AgentTicketPages {

    /** The ids {@code TicketManagement.returnToRequester} knows (customer texts: {@code ticket.missing.<id>}). */
    static final List<String> MISSING_ITEMS = List.of("subject", "description", "screenshots", "steps", "expected",
            "impact", "errorText", "account", "url", "attachments");
    static final int RECENT = 5;

    private final TicketQueries queries;
    private final AccountManagement accounts;
    private final AgentGroups groups;
    private final Catalog catalog;
    private final TicketsProperties properties;
    private final Messages messages;
    private final RequestTypes requestTypes;
    private final CustomValueRows valueRows;
    private final PriorityAdvisor advisor;

    AgentTicketPages(TicketQueries queries, AccountManagement accounts, AgentGroups groups, Catalog catalog,
            TicketsProperties properties, Messages messages, RequestTypes requestTypes, CustomValueRows valueRows,
            PriorityAdvisor advisor) {
        this.queries = queries;
        this.accounts = accounts;
        this.groups = groups;
        this.catalog = catalog;
        this.properties = properties;
        this.messages = messages;
        this.requestTypes = requestTypes;
        this.valueRows = valueRows;
        this.advisor = advisor;
    }

    /** The whole page; {@code fresh} are messages someone else added while the agent wrote (may be empty). */
    String page(long number, Actor actor, Model model, List<MessageView> fresh) {
        TicketView ticket = queries.ticket(number, actor);
        List<MessageView> thread = queries.messages(number, actor);
        List<HistoryEntry> changes = queries.history(number, actor);
        Set<Long> ids = new HashSet<>();
        ids.add(ticket.requesterId());
        thread.forEach(m -> ids.add(m.authorId()));
        changes.forEach(c -> ids.add(c.actorId()));
        ids.addAll(HistoryRows.peopleIn(changes));
        ids.remove(null);
        Map<Long, UserView> people = accounts.users(ids);
        Set<Long> freshIds = new HashSet<>();
        fresh.forEach(m -> freshIds.add(m.id()));

        UserView requester = people.get(ticket.requesterId());
        model.addAttribute("ticket", ticket);
        model.addAttribute("statusLabel", messages.of(ticket.status().agentLabelKey()));
        model.addAttribute("requester", requester);
        model.addAttribute("organisation", ticket.organisationId() == null ? null
                : accounts.organisation(ticket.organisationId()).orElse(null));
        model.addAttribute("description", new ThreadItem(null, requester == null ? "" : requester.name(),
                requester == null ? "" : requester.email(), false, false, false, ticket.description(),
                ticket.createdAt(), files(queries.descriptionAttachments(number, actor)), ticket.descriptionQuoted(),
                null));
        List<ThreadItem> items = thread.stream().map(m -> item(m, people, freshIds.contains(m.id()))).toList();
        model.addAttribute("thread", items);
        if (items.stream().anyMatch(ThreadItem::hasRemoteImages)) {
            allowRemoteImages();
        }
        model.addAttribute("fresh", fresh.stream().map(m -> item(m, people, true)).toList());
        model.addAttribute("freshAuthors", fresh.stream().map(m -> name(people.get(m.authorId()))).distinct()
                .reduce((a, b) -> a + ", " + b).orElse(""));
        model.addAttribute("lastSeenMessageId", thread.isEmpty() ? 0L : thread.get(thread.size() - 1).id());
        model.addAttribute("history", new HistoryRows(messages, people, groupNames(), catalogueNames()).rows(changes));
        model.addAttribute("recent", recent(ticket, requester, actor));
        model.addAttribute("replyStatuses", replyStatuses(ticket.status()));
        if (!model.containsAttribute("draft")) {
            model.addAttribute("draft", ReplyDraft.empty(defaultReplyStatus(ticket.status())));
        }
        model.addAttribute("missingItems", MISSING_ITEMS.stream()
                .map(id -> new Option(id, messages.of("workspace.missing." + id))).toList());
        model.addAttribute("missingTexts", missingTexts());
        model.addAttribute("returnIntro", messages.of("ticket.returnToRequester.intro"));
        model.addAttribute("canReturn", ticket.status() != TicketStatus.RESOLVED
                && ticket.status() != TicketStatus.CLOSED);
        model.addAttribute("maxBytes", properties.attachmentMaxSize().toBytes());
        model.addAttribute("maxMegabytes", properties.attachmentMaxSize().toMegabytes());
        properties(ticket, model);
        requestType(ticket, actor, model);
        return "agent/ticket";
    }

    /** The request type's panel: the values given, chosen and suggested priority, type change and edit form. */
    private void requestType(TicketView ticket, Actor actor, Model model) {
        Locale locale = LocaleContextHolder.getLocale();
        RequestTypeView type = requestTypes.byCode(ticket.type(), locale).orElse(null);
        model.addAttribute("requestType", type);
        model.addAttribute("requestTypes", requestTypes.all(locale));
        model.addAttribute("valueRows", valueRows.rows(ticket.type(), ticket.customFields(), actor, locale));
        model.addAttribute("advice", advisor.advise(ticket.customFields(), ticket.priority()));
        model.addAttribute("editableFields", type == null ? List.of()
                : type.activeFields().stream().filter(f -> f.editableBy(actor)).toList());
        if (!model.containsAttribute("fieldValues")) {
            model.addAttribute("fieldValues", CustomFields.texts(ticket.customFields()));
        }
    }

    /** What the properties sidebar needs; also its own fragment, reloaded on "ticket-changed". */
    void properties(TicketView ticket, Model model) {
        model.addAttribute("ticket", ticket);
        model.addAttribute("statusLabel", messages.of(ticket.status().agentLabelKey()));
        model.addAttribute("closed", ticket.status() == TicketStatus.CLOSED);
        model.addAttribute("types", requestTypes.all(LocaleContextHolder.getLocale()).stream()
                .filter(t -> t.active() || t.code().equals(ticket.type())).map(t -> new Option(t.code(), t.name()))
                .toList());
        model.addAttribute("priorities", java.util.Arrays.stream(Priority.values())
                .map(p -> new Option(p.name(), messages.of(p.labelKey()))).toList());
        model.addAttribute("agents", accounts.staff());
        model.addAttribute("groups", groups.groups());
        Map<String, List<Option>> products = new LinkedHashMap<>();
        for (BrandView brand : catalog.brands()) {
            products.put(brand.name(), catalog.products(brand.id()).stream()
                    .map(p -> new Option(p.id().toString(), p.name())).toList());
        }
        model.addAttribute("products", products);
        model.addAttribute("brandName", catalog.brand(ticket.brandId()).map(BrandView::name).orElse(""));
        model.addAttribute("tags", ticket.tags().stream().sorted().toList());
        model.addAttribute("cc", accounts.users(ticket.ccIds()).values().stream()
                .sorted(Comparator.comparing(UserView::name)).toList());
    }

    /** "Enviar como": the statuses a reply may leave the ticket in from where it is now. */
    static List<TicketStatus> replyStatusesFrom(TicketStatus current) {
        List<TicketStatus> statuses = new ArrayList<>();
        for (TicketStatus status : TicketStatus.values()) {
            if (status != TicketStatus.NEW && status != TicketStatus.CLOSED
                    && (status == current || current.canMoveTo(status))) {
                statuses.add(status);
            }
        }
        return statuses;
    }

    static String defaultReplyStatus(TicketStatus current) {
        List<TicketStatus> allowed = replyStatusesFrom(current);
        return allowed.contains(TicketStatus.PENDING_CUSTOMER) ? TicketStatus.PENDING_CUSTOMER.name() : "";
    }

    private List<Option> replyStatuses(TicketStatus current) {
        return replyStatusesFrom(current).stream()
                .map(s -> new Option(s.name(), messages.of(s.agentLabelKey()))).toList();
    }

    private List<Option> missingTexts() {
        return MISSING_ITEMS.stream().map(id -> new Option(id, messages.of("ticket.missing." + id))).toList();
    }

    private List<RecentTicket> recent(TicketView ticket, UserView requester, Actor actor) {
        if (requester == null) {
            return List.of();
        }
        TicketQuery query = new TicketQuery(null, requester.email(), null, null, null, null, null, null, null, null,
                null, null, RECENT + 1);
        return queries.list(query, actor).items().stream().filter(t -> t.number() != ticket.number()).limit(RECENT)
                .map(t -> new RecentTicket(t.number(), t.subject(), t.status().name(),
                        messages.of(t.status().agentLabelKey()), t.createdAt()))
                .toList();
    }

    private Map<String, Map<Long, String>> catalogueNames() {
        Map<Long, String> brands = new LinkedHashMap<>();
        Map<Long, String> products = new LinkedHashMap<>();
        for (BrandView brand : catalog.brands()) {
            brands.put(brand.id(), brand.name());
            catalog.products(brand.id()).forEach(p -> products.put(p.id(), brand.name() + " · " + p.name()));
        }
        return Map.of("brandId", brands, "productId", products);
    }

    /**
     * A mail with remote images is on this page: its images stay in {@code data-remote-src} (nothing loads) until the
     * agent clicks "Mostrar imágenes remotas", which needs {@code img-src https:} on this page only. Spring Security
     * writes its own policy only when the response has none.
     */
    private static void allowRemoteImages() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                && attributes.getResponse() != null) {
            attributes.getResponse().setHeader("Content-Security-Policy", "default-src 'self'; "
                    + "img-src 'self' data: https:; object-src 'none'; frame-ancestors 'self'; base-uri 'self'; "
                    + "form-action 'self'");
        }
    }

    private Map<Long, String> groupNames() {
        Map<Long, String> names = new LinkedHashMap<>();
        groups.groups().forEach(g -> names.put(g.id(), g.name()));
        return names;
    }

    private ThreadItem item(MessageView message, Map<Long, UserView> people, boolean fresh) {
        UserView author = people.get(message.authorId());
        return new ThreadItem(message.id(), name(author), author == null ? "" : author.email(),
                author == null || author.role().isStaff(), message.internal(), fresh, message.bodyText(),
                message.createdAt(), files(message.attachments()), message.quotedText(),
                MailHtml.forDisplay(message.bodyHtml()));
    }

    private String name(UserView person) {
        return person == null ? messages.of("workspace.system") : person.name();
    }

    private static List<ThreadItem.FileLink> files(List<AttachmentView> attachments) {
        return attachments.stream().map(a -> new ThreadItem.FileLink(a.id(), a.filename(), size(a.size()),
                ContentTypeSniffer.isSafeInlineImage(a.contentType()))).toList();
    }

    private static String size(long bytes) {
        return bytes < 1024 ? bytes + " B" : bytes < 1024 * 1024 ? (bytes / 1024) + " KB"
                : String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    /** Another ticket of the same requester, for the customer panel. */
    public record RecentTicket(long number, String subject, String status, String statusLabel,
            java.time.Instant createdAt) {
    }
}
