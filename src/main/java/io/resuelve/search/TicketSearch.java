package io.resuelve.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import io.resuelve.accounts.AccountManagement;
import io.resuelve.accounts.Actor;
import io.resuelve.accounts.AgentGroups;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.scope.SearchScope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ticket search, always within what the actor may see — the rule of the tickets module's TicketAccess, applied as
 * an index filter: a customer finds tickets they requested or are in copy on, and their organisation's when it
 * shares tickets; an agent finds every ticket except those of restricted groups they are not a member of. Customers
 * never search internal notes; agents do.
 */
@Service
public class TicketSearch {

    private static final List<String> CUSTOMER_FIELDS = List.of(TicketIndexBinder.SUBJECT + "^3",
            TicketIndexBinder.DESCRIPTION, TicketIndexBinder.MESSAGES);
    private static final List<String> STAFF_FIELDS = List.of(TicketIndexBinder.SUBJECT + "^3",
            TicketIndexBinder.DESCRIPTION, TicketIndexBinder.MESSAGES, TicketIndexBinder.NOTES,
            TicketIndexBinder.CUSTOM);

    /**
     * Passages are cut to about two lines by {@link Snippet} (Lucene's unified highlighter takes no fragment size and
     * returns whole sentences).
     */
    static final int FRAGMENT = Snippet.MAX_CHARS;
    /**
     * Hits are counted exactly only up to this: past it the count is not needed, and not counting lets Lucene skip
     * the documents that cannot make the first page (frequent words in a million tickets).
     */
    static final int HIT_COUNT_THRESHOLD = 1_000;
    /** Highlights only a passage that matched: messages and notes are shown only when the words are in them. */
    private static final String QUIET = "quiet";

    @PersistenceContext
    private EntityManager entityManager;
    private final AccountManagement accounts;
    private final AgentGroups groups;
    private final SearchProperties properties;

    TicketSearch(AccountManagement accounts, AgentGroups groups, SearchProperties properties) {
        this.accounts = accounts;
        this.groups = groups;
        this.properties = properties;
    }

    /**
     * The tickets matching {@code q} that {@code actor} may see, best first. A visitor (null actor) finds none.
     * The ticket number alone ("4711" or "#4711") finds that ticket.
     */
    @Transactional(readOnly = true)
    public List<SearchHit> search(Actor actor, String q, TicketFilters filters, int limit) {
        String text = TextQuery.clean(q);
        if (actor == null || text.isEmpty()) {
            return List.of();
        }
        boolean staff = actor.isStaff();
        List<String> fields = staff ? STAFF_FIELDS : CUSTOMER_FIELDS;
        Long number = number(text);
        List<List<?>> rows = query(actor, filters, limit, staff, number, f -> TextQuery.exact(f, fields, text));
        if (rows.isEmpty() && TextQuery.tolerant(text, properties.fuzzyMaxWords())) {
            var tolerant = tolerant(fields, text);
            rows = tolerant == null ? rows : query(actor, filters, limit, staff, number, tolerant);
        }
        List<SearchHit> hits = new ArrayList<>();
        Set<Long> seen = new java.util.HashSet<>();
        for (List<?> row : rows) {
            long ticketNumber = (Long) row.get(0);
            if (!seen.add(ticketNumber)) {
                // A ticket changed while a reindex was adding it can sit in the index twice until its next change.
                continue;
            }
            hits.add(new SearchHit("ticket", ticketNumber, "#" + ticketNumber + " " + row.get(1), snippet(row),
                    (staff ? "/agente/tickets/" : "/tickets/") + ticketNumber, null, (String) row.get(2)));
        }
        return hits;
    }

    /**
     * The typo-tolerant words: on Lucene the index words within each word's edits ({@link Typos}), on a cluster a
     * fuzzy query; null when some word is near no index word (nothing can match).
     */
    private Function<SearchPredicateFactory, PredicateFinalStep> tolerant(List<String> fields, String text) {
        if (properties.backend() != SearchProperties.Backend.LUCENE) {
            return f -> TextQuery.fuzzy(f, fields, text);
        }
        List<Set<String>> corrections = Typos.corrections(scope(), fields, text);
        return corrections.isEmpty() ? null : f -> Typos.predicate(f, fields, corrections);
    }

    private SearchScope<Object> scope() {
        return Search.session(entityManager).scope(Object.class, "Ticket");
    }

    private List<List<?>> query(Actor actor, TicketFilters filters, int limit, boolean staff, Long number,
            Function<SearchPredicateFactory, PredicateFinalStep> text) {
        return Search.session(entityManager).search(scope())
                .select(f -> f.composite().from(f.field(TicketIndexBinder.NUMBER, Long.class),
                        f.field(TicketIndexBinder.SUBJECT, String.class),
                        f.field(TicketIndexBinder.STATUS, String.class), f.highlight(TicketIndexBinder.DESCRIPTION),
                        f.highlight(TicketIndexBinder.MESSAGES).highlighter(QUIET),
                        staff ? f.highlight(TicketIndexBinder.NOTES).highlighter(QUIET) : f.constant(List.of()))
                        .asList())
                .where(f -> {
                    BooleanPredicateClausesStep<?, ?> bool = f.bool();
                    var words = text.apply(f);
                    bool.must(number == null ? words
                            : f.or(words, f.match().field(TicketIndexBinder.NUMBER).matching(number).boost(10f)));
                    bool.filter(visible(f, actor));
                    filter(f, bool, filters);
                    return bool;
                })
                .highlighter(h -> h.unified().tag(Snippet.START, Snippet.END).numberOfFragments(1)
                        .noMatchSize(noMatchSize(properties)))
                .highlighter(QUIET, h -> h.unified().tag(Snippet.START, Snippet.END).numberOfFragments(1)
                        .noMatchSize(0))
                .totalHitCountThreshold(HIT_COUNT_THRESHOLD)
                .fetchHits(Math.max(1, Math.min(limit, 100)));
    }

    /**
     * The start of a text where nothing matched. Lucene's unified highlighter returns the whole text or nothing (any
     * other size is ignored with a warning on every query); {@link Snippet} cuts it. A cluster cuts it itself.
     */
    static int noMatchSize(SearchProperties properties) {
        return properties.backend() == SearchProperties.Backend.LUCENE ? Integer.MAX_VALUE : FRAGMENT;
    }

    /** The scope rule of TicketAccess, as a filter on the indexed requester, copy, organisation and group. */
    private PredicateFinalStep visible(SearchPredicateFactory f, Actor actor) {
        if (actor.isStaff()) {
            Set<Long> hidden = groups.hiddenGroups(actor);
            return hidden.isEmpty() ? f.matchAll()
                    : f.bool().must(f.matchAll()).mustNot(f.terms().field(TicketIndexBinder.GROUP).matchingAny(hidden));
        }
        var visible = f.or();
        visible.add(f.match().field(TicketIndexBinder.REQUESTER).matching(actor.userId()));
        visible.add(f.match().field(TicketIndexBinder.CC).matching(actor.userId()));
        if (accounts.sharesTickets(actor.organisationId())) {
            visible.add(f.match().field(TicketIndexBinder.ORGANISATION).matching(actor.organisationId()));
        }
        return visible;
    }

    private static void filter(SearchPredicateFactory f, BooleanPredicateClausesStep<?, ?> bool,
            TicketFilters filters) {
        if (filters == null) {
            return;
        }
        if (!filters.statuses().isEmpty()) {
            bool.filter(f.terms().field(TicketIndexBinder.STATUS).matchingAny(filters.statuses()));
        }
        if (filters.organisationId() != null) {
            bool.filter(f.match().field(TicketIndexBinder.ORGANISATION).matching(filters.organisationId()));
        }
        if (filters.groupId() != null) {
            bool.filter(f.match().field(TicketIndexBinder.GROUP).matching(filters.groupId()));
        }
        if (filters.productId() != null) {
            bool.filter(f.match().field(TicketIndexBinder.PRODUCT).matching(filters.productId()));
        }
        if (filters.country() != null) {
            bool.filter(f.match().field(TicketIndexBinder.COUNTRY).matching(filters.country()));
        }
    }

    /** The passage that matched: a message or note when one did, else the start of the description. */
    @SuppressWarnings("unchecked")
    private static Snippet snippet(List<?> row) {
        Snippet description = first((List<String>) row.get(3));
        Snippet message = first((List<String>) row.get(4));
        Snippet note = first((List<String>) row.get(5));
        if (description.hasMatch()) {
            return description;
        }
        if (message.hasMatch()) {
            return message;
        }
        if (note.hasMatch()) {
            return note;
        }
        return description;
    }

    private static Snippet first(List<String> fragments) {
        return fragments == null || fragments.isEmpty() ? Snippet.none() : Snippet.of(fragments.get(0));
    }

    private static Long number(String text) {
        String digits = text.startsWith("#") ? text.substring(1) : text;
        if (digits.isEmpty() || digits.length() > 18 || !digits.chars().allMatch(Character::isDigit)) {
            return null;
        }
        return Long.parseLong(digits);
    }
}
