package io.resuelve.audit;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import io.resuelve.shared.AdminChangeRecorded;
import jakarta.persistence.criteria.Predicate;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit log's API. Entries are written only by {@link #on(AdminChangeRecorded)}, in the transaction of the change
 * they record; there is no way to edit or delete them.
 */
@Service
@Transactional(readOnly = true)
public class AuditLog {

    static final int MAX_PAGE = 100;

    private final AuditEntryRepository entries;
    private final Clock clock;

    AuditLog(AuditEntryRepository entries, Clock clock) {
        this.entries = entries;
        this.clock = clock;
    }

    /** Stores the entry in the change's own transaction: a change without its entry cannot commit. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(AdminChangeRecorded event) {
        entries.save(new AuditEntry(event, clock.instant()));
    }

    /** Entries newest first, filtered, one page after the query's cursor. */
    public AuditPage page(AuditQuery query) {
        int size = Math.max(1, Math.min(query.size(), MAX_PAGE));
        Specification<AuditEntry> spec = (root, q, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (query.actorId() != null) {
                where.add(cb.equal(root.get("actorId"), query.actorId()));
            }
            if (query.targetType() != null && !query.targetType().isBlank()) {
                where.add(cb.equal(root.get("targetType"), query.targetType()));
            }
            if (query.from() != null) {
                where.add(cb.greaterThanOrEqualTo(root.get("occurredAt"), query.from()));
            }
            if (query.until() != null) {
                where.add(cb.lessThan(root.get("occurredAt"), query.until()));
            }
            if (query.before() != null) {
                where.add(cb.lessThan(root.get("id"), query.before()));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
        List<AuditEntryView> found = entries.findAll(spec, PageRequest.of(0, size + 1, Sort.by(Sort.Direction.DESC,
                "id"))).stream().map(AuditEntry::view).toList();
        if (found.size() > size) {
            return new AuditPage(found.subList(0, size), found.get(size - 1).id());
        }
        return new AuditPage(found, null);
    }

    /** The people who appear in the log, by label, for the actor filter. */
    public List<AuditActor> actors() {
        return entries.actors(Limit.of(500));
    }

    /** The kinds of target that appear in the log. */
    public List<String> targetTypes() {
        return entries.targetTypes();
    }
}

interface AuditEntryRepository extends JpaRepository<AuditEntry, Long>, JpaSpecificationExecutor<AuditEntry> {

    @Query("select distinct new io.resuelve.audit.AuditActor(e.actorId, e.actorLabel) from AuditEntry e "
            + "where e.actorId is not null order by e.actorLabel")
    List<AuditActor> actors(Limit limit);

    @Query("select distinct e.targetType from AuditEntry e order by e.targetType")
    List<String> targetTypes();
}
