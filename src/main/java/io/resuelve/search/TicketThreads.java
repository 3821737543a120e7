package io.resuelve.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.hibernate.FlushMode;
import org.hibernate.Session;
import org.hibernate.engine.spi.EntityKey;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingEnvironment;

/**
 * Reads the conversation of the tickets being indexed. Messages point to their ticket by id (they are no association
 * of the ticket Hibernate could batch-fetch), so a reindex would read them with one query per ticket. During a
 * reindex this class, installed as the mass indexer's environment, reads them for the whole batch a loading thread
 * holds in its session at once; a single ticket indexed on commit reads its own.
 */
final class TicketThreads implements MassIndexingEnvironment {

    /** A message's text and whether it is an internal note. */
    record Text(boolean internal, String body) {
    }

    /** Per mass-indexing thread: the threads read for its current batch, each handed out once. */
    private static final ThreadLocal<Map<Long, List<Text>>> BATCH = new ThreadLocal<>();

    @Override
    public void beforeExecution(Context context) {
        BATCH.set(new HashMap<>());
    }

    @Override
    public void afterExecution(Context context) {
        BATCH.remove();
    }

    /** The messages of ticket {@code ticketId} in order, the ticket being {@code ticket} in {@code session}. */
    static List<Text> of(Session session, Object ticket, long ticketId) {
        Map<Long, List<Text>> batch = BATCH.get();
        if (batch == null) {
            return read(session, List.of(ticketId)).getOrDefault(ticketId, List.of());
        }
        List<Text> thread = batch.remove(ticketId);
        if (thread != null) {
            return thread;
        }
        batch.clear();
        List<Long> ids = ticketsInSession(session, session.getEntityName(ticket));
        if (!ids.contains(ticketId)) {
            ids.add(ticketId);
        }
        Map<Long, List<Text>> read = read(session, ids);
        ids.forEach(id -> batch.put(id, read.getOrDefault(id, List.of())));
        return batch.remove(ticketId);
    }

    /** The ids of the tickets the mass indexer loaded into this session for the batch it is indexing. */
    private static List<Long> ticketsInSession(Session session, String entityName) {
        List<Long> ids = new ArrayList<>();
        for (EntityKey key : session.unwrap(SharedSessionContractImplementor.class).getPersistenceContextInternal()
                .getEntitiesByKey().keySet()) {
            if (entityName.equals(key.getEntityName()) && key.getIdentifier() instanceof Long id) {
                ids.add(id);
            }
        }
        return ids;
    }

    private static Map<Long, List<Text>> read(Session session, List<Long> ticketIds) {
        Map<Long, List<Text>> threads = new HashMap<>();
        for (int from = 0; from < ticketIds.size(); from += 500) {
            List<Object[]> rows = session.createQuery("select m.ticketId, m.internal, m.bodyText from Message m "
                    + "where m.ticketId in :tickets order by m.ticketId, m.id", Object[].class)
                    .setParameter("tickets", ticketIds.subList(from, Math.min(ticketIds.size(), from + 500)))
                    .setHibernateFlushMode(FlushMode.MANUAL).setReadOnly(true).getResultList();
            for (Object[] row : rows) {
                threads.computeIfAbsent((Long) row[0], id -> new ArrayList<>())
                        .add(new Text(Boolean.TRUE.equals(row[1]), (String) row[2]));
            }
        }
        return threads;
    }
}
