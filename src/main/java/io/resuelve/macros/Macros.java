package io.resuelve.macros;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import io.resuelve.accounts.AccountManagement;
import io.resuelve.accounts.Actor;
import io.resuelve.accounts.AgentGroups;
import io.resuelve.shared.ConflictException;
import io.resuelve.shared.ForbiddenException;
import io.resuelve.shared.InvalidInputException;
import io.resuelve.shared.NotFoundException;
import io.resuelve.tickets.TicketEdit;
import io.resuelve.tickets.TicketField;
import io.resuelve.tickets.TicketManagement;
import io.resuelve.tickets.TicketQueries;
import io.resuelve.tickets.TicketView;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The macros module's API. Agents see their personal macros and the shared ones; they write their own, admins
 * write the shared ones. Applying a macro changes the ticket's fields at once, as the agent's own change, and hands
 * back the reply text for the agent to review and send.
 */
@Service
@Transactional(readOnly = true)
public class Macros {

    static final int MAX_NAME = 120;
    static final int MAX_BODY = 20_000;
    static final int MAX_TAGS = 20;

    private final MacroRepository macros;
    private final MacroValues values;
    private final TicketQueries ticketQueries;
    private final TicketManagement tickets;
    private final AccountManagement accounts;
    private final AgentGroups groups;
    private final Clock clock;

    Macros(MacroRepository macros, MacroValues values, TicketQueries ticketQueries, TicketManagement tickets,
            AccountManagement accounts, AgentGroups groups, Clock clock) {
        this.macros = macros;
        this.values = values;
        this.ticketQueries = ticketQueries;
        this.tickets = tickets;
        this.accounts = accounts;
        this.groups = groups;
        this.clock = clock;
    }

    /** The actor's own macros and the shared ones whose name contains {@code search}, by name. */
    public List<MacroView> list(Actor actor, String search) {
        requireStaff(actor);
        String needle = search == null ? "" : search.strip().toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return macros.findVisible(actor.userId(), needle).stream().map(Macro::view).toList();
    }

    /** The active macros the actor may apply, by name: what the ticket view offers. */
    public List<MacroView> applicable(Actor actor) {
        return list(actor, "").stream().filter(MacroView::active).toList();
    }

    /** A macro the actor sees, or 404. */
    public MacroView macro(long id, Actor actor) {
        return visible(id, actor).view();
    }

    /** Whether the actor may change or delete the macro: its owner, or an admin for a shared one. */
    public boolean canEdit(MacroView macro, Actor actor) {
        return macro.shared() ? actor.isAdmin() : Objects.equals(macro.ownerId(), actor.userId());
    }

    @Transactional
    public MacroView create(MacroInput input, Actor actor) {
        MacroInput checked = check(input, actor);
        Macro macro = new Macro(null, actor.userId(), clock.instant());
        macro.write(checked, checked.shared() ? null : actor.userId(), clock.instant());
        return macros.save(macro).view();
    }

    @Transactional
    public MacroView update(long id, MacroInput input, Actor actor) {
        Macro macro = editable(id, actor);
        MacroInput checked = check(input, actor);
        macro.write(checked, checked.shared() ? null : actor.userId(), clock.instant());
        return macro.view();
    }

    @Transactional
    public void delete(long id, Actor actor) {
        macros.delete(editable(id, actor));
    }

    /** Copies a macro the actor sees into a new personal macro of theirs named {@code name}. */
    @Transactional
    public MacroView duplicate(long id, String name, Actor actor) {
        MacroView original = macro(id, actor);
        MacroInput copy = original.input();
        return create(new MacroInput(name, copy.body(), false, copy.active(), copy.status(), copy.priority(),
                copy.type(), copy.groupId(), copy.assignee(), copy.assigneeId(), copy.tags()), actor);
    }

    /**
     * The body as it would read on a ticket: the actor's ticket {@code ticketNumber} when given (within their
     * scope), else a made-up example ticket. Unknown placeholders stay visible.
     */
    public String preview(String body, Long ticketNumber, Actor actor, Locale locale) {
        requireStaff(actor);
        if (ticketNumber == null) {
            return MacroPlaceholders.render(body, values.example(actor, locale));
        }
        return MacroPlaceholders.render(body, values.of(ticketQueries.ticket(ticketNumber, actor), actor, locale));
    }

    /**
     * Applies a macro to a ticket the actor sees: sets its priority, type, group, assignee and tags now (recorded in
     * the ticket's history as the actor's change) and returns the reply with its placeholders filled in.
     */
    @Transactional
    public MacroApplied apply(long id, long ticketNumber, Actor actor, Locale locale) {
        Macro macro = visible(id, actor);
        MacroView view = macro.view();
        if (!view.active()) {
            throw new ConflictException("macros.error.inactive", view.name());
        }
        TicketView ticket = ticketQueries.ticket(ticketNumber, actor);
        boolean changed = editFields(view, ticket, actor);
        changed |= assign(view, ticket, actor);
        macro.used(clock.instant());
        TicketView now = changed ? ticketQueries.ticket(ticketNumber, actor) : ticket;
        return new MacroApplied(MacroPlaceholders.render(view.body(), values.of(now, actor, locale)),
                view.status() == null ? null : view.status().name(), changed);
    }

    private boolean editFields(MacroView macro, TicketView ticket, Actor actor) {
        TicketEdit edit = new TicketEdit();
        if (macro.priority() != null && macro.priority() != ticket.priority()) {
            edit.set(TicketField.PRIORITY, macro.priority());
        }
        if (macro.type() != null && !macro.type().equals(ticket.type())) {
            edit.set(TicketField.TYPE, macro.type());
        }
        if (!ticket.tags().containsAll(macro.tags())) {
            Set<String> tags = new TreeSet<>(ticket.tags());
            tags.addAll(macro.tags());
            edit.set(TicketField.TAGS, tags);
        }
        if (edit.fields().isEmpty()) {
            return false;
        }
        tickets.edit(ticket.number(), edit, actor);
        return true;
    }

    private boolean assign(MacroView macro, TicketView ticket, Actor actor) {
        Long assignee = switch (macro.assignee()) {
            case AGENT -> macro.assigneeId() == null ? ticket.assigneeId() : macro.assigneeId();
            case SELF -> actor.userId();
            case NONE -> ticket.assigneeId();
        };
        Long group = macro.groupId() == null ? ticket.groupId() : macro.groupId();
        if (Objects.equals(assignee, ticket.assigneeId()) && Objects.equals(group, ticket.groupId())) {
            return false;
        }
        tickets.assign(ticket.number(), assignee, group, actor);
        return true;
    }

    private Macro visible(long id, Actor actor) {
        requireStaff(actor);
        return macros.findById(id)
                .filter(m -> m.view().shared() || Objects.equals(m.view().ownerId(), actor.userId()))
                .orElseThrow(() -> new NotFoundException("macros.error.notFound"));
    }

    private Macro editable(long id, Actor actor) {
        Macro macro = visible(id, actor);
        if (!canEdit(macro.view(), actor)) {
            throw new ForbiddenException("macros.error.sharedAdminsOnly");
        }
        return macro;
    }

    /** Checks the form and returns it with its text trimmed and tags normalised like the ticket's. */
    private MacroInput check(MacroInput input, Actor actor) {
        requireStaff(actor);
        if (input.shared() && !actor.isAdmin()) {
            throw new ForbiddenException("macros.error.sharedAdminsOnly");
        }
        String name = required("name", input.name(), MAX_NAME);
        String body = required("body", input.body(), MAX_BODY);
        Set<String> unknown = MacroPlaceholders.unknown(body);
        if (!unknown.isEmpty()) {
            throw new InvalidInputException("body", "macros.error.unknownPlaceholders", String.join(", ", unknown));
        }
        String type = input.type() == null || input.type().isBlank() ? null : input.type().strip();
        if (type != null && type.length() > 100) {
            throw new InvalidInputException("type", "macros.error.tooLong", label("type"), 100);
        }
        if (input.groupId() != null && groups.group(input.groupId()).isEmpty()) {
            throw new InvalidInputException("groupId", "macros.error.unknownGroup");
        }
        if (input.assignee() == AssigneeAction.AGENT && (input.assigneeId() == null || accounts
                .user(input.assigneeId()).filter(u -> u.role().isStaff() && u.enabled()).isEmpty())) {
            throw new InvalidInputException("assigneeId", "macros.error.unknownAgent");
        }
        Set<String> tags = new TreeSet<>();
        for (String tag : input.tags()) {
            String clean = tag == null ? "" : tag.strip().toLowerCase(Locale.ROOT);
            if (clean.length() > 100) {
                throw new InvalidInputException("tags", "macros.error.tooLong", label("tags"), 100);
            }
            if (!clean.isEmpty()) {
                tags.add(clean);
            }
        }
        if (tags.size() > MAX_TAGS) {
            throw new InvalidInputException("tags", "macros.error.tooManyTags", MAX_TAGS);
        }
        return new MacroInput(name, body, input.shared(), input.active(), input.status(), input.priority(), type,
                input.groupId(), input.assignee(), input.assigneeId(), tags);
    }

    private static String required(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, "macros.error.required", label(field));
        }
        String trimmed = value.strip();
        if (trimmed.length() > max) {
            throw new InvalidInputException(field, "macros.error.tooLong", label(field), max);
        }
        return trimmed;
    }

    /** The field's label, resolved in the reader's language when the message is shown. */
    private static MessageSourceResolvable label(String field) {
        return new DefaultMessageSourceResolvable(new String[] { "macros.field." + field }, field);
    }

    private static void requireStaff(Actor actor) {
        if (!actor.isStaff()) {
            throw new ForbiddenException("error.forbidden");
        }
    }
}
