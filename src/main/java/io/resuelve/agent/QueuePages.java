package io.resuelve.agent;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.resuelve.accounts.AccountManagement;
import io.resuelve.accounts.Actor;
import io.resuelve.accounts.AgentGroups;
import io.resuelve.accounts.AgentPreferences;
import io.resuelve.accounts.GroupView;
import io.resuelve.accounts.OrganisationView;
import io.resuelve.accounts.UserView;
import io.resuelve.tickets.TicketPage;
import io.resuelve.tickets.TicketQueries;
import io.resuelve.tickets.TicketQuery;
import io.resuelve.tickets.TicketSort;
import io.resuelve.tickets.TicketView;
import io.resuelve.web.DateFormats;
import io.resuelve.web.Messages;
import org.springframework.stereotype.Component;

/**
 * Builds the agent queue page: the views the agent may see with their counts (one query for all), the chosen
 * view's page of tickets, and the names on it (one query per kind of name, never one per row).
 */
@Component
class QueuePages {

    private final TicketQueries tickets;
    private final AccountManagement accounts;
    private final AgentGroups groups;
    private final AgentPreferences preferences;
    private final Messages messages;
    private final DateFormats dates;
    private final Clock clock;

    QueuePages(TicketQueries tickets, AccountManagement accounts, AgentGroups groups, AgentPreferences preferences, Messages messages, DateFormats dates, Clock clock) {
        this.tickets = tickets;
        this.accounts = accounts;
        this.groups = groups;
        this.preferences = preferences;
        this.messages = messages;
        this.dates = dates;
        this.clock = clock;
    }

    /**
     * The page; for a live refresh ({@code refresh}) the pickers of the filter bar and bulk menu are left empty, as
     * the refresh swaps only the views, the count, the rows and the pager.
     */
    QueuePage page(QueueFilters filters, Actor actor, boolean refresh) {
        QueueQueryBuilder builder = new QueueQueryBuilder(actor.userId(), clock.instant(), dates.zone());
        Set<Long> hidden = groups.hiddenGroups(actor);
        List<GroupView> visibleGroups = groups.groups().stream().filter(g -> !hidden.contains(g.id())).toList();
        Map<String, TicketQuery> viewQueries = new LinkedHashMap<>();
        for (QueueView view : QueueView.values()) {
            if (view != QueueView.GROUP) {
                viewQueries.put(view.slug(), builder.view(view, null));
            }
        }
        visibleGroups.forEach(g -> viewQueries.put(QueueView.GROUP.slug() + g.id(), builder.view(QueueView.GROUP,
                g.id())));
        Map<String, Long> counts = tickets.count(viewQueries, actor);

        String slug = chosenView(filters.vista(), counts);
        QueueView view = slug.startsWith(QueueView.GROUP.slug()) ? QueueView.GROUP
                : java.util.Arrays.stream(QueueView.values()).filter(v -> v.slug().equals(slug)).findFirst()
                        .orElseThrow();
        Long groupId = view == QueueView.GROUP ? Long.valueOf(slug.substring(QueueView.GROUP.slug().length())) : null;

        List<QueueViewEntry> entries = new ArrayList<>();
        viewQueries.keySet().forEach(key -> entries.add(new QueueViewEntry(key, label(key, visibleGroups),
                counts.getOrDefault(key, 0L), key.equals(slug))));
        QueueViewEntry current = entries.stream().filter(QueueViewEntry::current).findFirst().orElseThrow();

        Optional<TicketQuery> query = builder.page(view, groupId, filters);
        TicketPage page = query.map(q -> tickets.list(q, actor)).orElse(new TicketPage(List.of(), null));
        TicketSort sort = QueueQueryBuilder.sort(view, filters);
        List<QueueColumn> columns = QueueColumn.of(preferences.queueColumns(actor).orElse(List.of()));
        String sortSlug = QueueColumn.bySort(sort).map(QueueColumn::slug).orElse("");
        String empty = filters.filtered() ? messages.of("queues.empty.filtered")
                : messages.of(view.emptyKey(), view == QueueView.GROUP ? current.label() : QueueView.RESOLVED_DAYS);
        List<UserView> agents = refresh ? List.of() : accounts.staff();
        return new QueuePage(entries, current, empty, rows(page.items(), visibleGroups), columns, sortSlug,
                sort.isDescending(), page.next(), new QueueLinks(slug, filters), agents, visibleGroups,
                refresh ? List.of() : accounts.organisations());
    }

    /** The asked-for view if it exists for this agent; otherwise "Mis tickets" when they have any, like Zendesk's
     * "Your unsolved tickets", else "Sin asignar" (what to pick up next). */
    private static String chosenView(String asked, Map<String, Long> counts) {
        if (asked != null && counts.containsKey(asked)) {
            return asked;
        }
        return counts.getOrDefault(QueueView.MINE.slug(), 0L) > 0 ? QueueView.MINE.slug()
                : QueueView.UNASSIGNED.slug();
    }

    private String label(String slug, List<GroupView> visibleGroups) {
        if (slug.startsWith(QueueView.GROUP.slug())) {
            Long id = Long.valueOf(slug.substring(QueueView.GROUP.slug().length()));
            return visibleGroups.stream().filter(g -> g.id().equals(id)).map(GroupView::name).findFirst().orElse("");
        }
        return java.util.Arrays.stream(QueueView.values()).filter(v -> v.slug().equals(slug))
                .map(v -> messages.of(v.labelKey(), QueueView.RESOLVED_DAYS)).findFirst().orElse(slug);
    }

    private List<QueueRow> rows(List<TicketView> page, List<GroupView> visibleGroups) {
        Set<Long> people = new HashSet<>();
        page.forEach(t -> {
            people.add(t.requesterId());
            if (t.assigneeId() != null) {
                people.add(t.assigneeId());
            }
        });
        Map<Long, UserView> users = accounts.users(people);
        Map<Long, OrganisationView> organisations = accounts.organisations(page.stream()
                .map(TicketView::organisationId).filter(java.util.Objects::nonNull).collect(Collectors.toSet()));
        Map<Long, String> groupNames = visibleGroups.stream()
                .collect(Collectors.toMap(GroupView::id, GroupView::name));
        Function<Long, String> userName = id -> id == null || !users.containsKey(id) ? "" : users.get(id).name();
        return page.stream().map(t -> new QueueRow(t.number(), t.subject(), userName.apply(t.requesterId()),
                users.containsKey(t.requesterId()) ? users.get(t.requesterId()).email() : "",
                t.organisationId() == null || !organisations.containsKey(t.organisationId()) ? ""
                        : organisations.get(t.organisationId()).name(),
                t.status(), messages.of(t.status().agentLabelKey()), t.priority(),
                messages.of(t.priority().labelKey()), t.groupId() == null ? "" : groupNames.getOrDefault(t.groupId(),
                        ""), userName.apply(t.assigneeId()), t.createdAt(), t.lastActivityAt())).toList();
    }
}
