package io.resuelve.tickets;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.resuelve.accounts.Actor;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Selection;
import org.springframework.stereotype.Component;

/**
 * Counts several lists at once, in one statement over the actor's visible tickets: one
 * {@code count(case when <filters> then id end)} column per list, so the counts of a queue page cost one query
 * however many views it shows.
 */
@Component
class TicketCounts {

    private final EntityManager entityManager;
    private final TicketAccess access;
    private final TicketListQuery listQuery;

    TicketCounts(EntityManager entityManager, TicketAccess access, TicketListQuery listQuery) {
        this.entityManager = entityManager;
        this.access = access;
        this.listQuery = listQuery;
    }

    <K> Map<K, Long> count(Map<K, TicketQuery> queries, Actor actor) {
        Map<K, Long> counts = new LinkedHashMap<>();
        if (queries.isEmpty()) {
            return counts;
        }
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Tuple> query = cb.createTupleQuery();
        Root<Ticket> root = query.from(Ticket.class);
        List<K> keys = new ArrayList<>(queries.keySet());
        List<Selection<?>> columns = new ArrayList<>();
        List<Predicate> any = new ArrayList<>();
        for (K key : keys) {
            var filters = listQuery.filters(queries.get(key), actor);
            columns.add(cb.count(cb.<Long>selectCase().when(filters.toPredicate(root, query, cb),
                    root.<Long>get("id"))));
            any.add(filters.toPredicate(root, query, cb));
        }
        // Only rows some list selects are read, so the database can use the lists' indexes (status, dates).
        query.multiselect(columns).where(access.scope(actor).toPredicate(root, query, cb),
                cb.or(any.toArray(Predicate[]::new)));
        Tuple row = entityManager.createQuery(query).getSingleResult();
        for (int i = 0; i < keys.size(); i++) {
            Object value = row.get(i);
            counts.put(keys.get(i), value == null ? 0L : ((Number) value).longValue());
        }
        return counts;
    }
}
