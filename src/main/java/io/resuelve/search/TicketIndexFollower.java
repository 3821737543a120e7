package io.resuelve.search;

import io.resuelve.tickets.AgentReplied;
import io.resuelve.tickets.CustomerReplied;
import io.resuelve.tickets.InternalNoteAdded;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Messages point to their ticket by id, so adding one is not a change of the ticket Hibernate Search sees by
 * itself unless the ticket's last activity moves. This puts the ticket in the transaction's indexing plan whenever
 * a message is added, so the new text is searchable once the transaction commits.
 */
@Component
class TicketIndexFollower {

    @PersistenceContext
    private EntityManager entityManager;

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void on(CustomerReplied event) {
        reindex(event.ticketNumber());
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void on(AgentReplied event) {
        reindex(event.ticketNumber());
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void on(InternalNoteAdded event) {
        reindex(event.ticketNumber());
    }

    private void reindex(long number) {
        entityManager.createQuery("select t from Ticket t where t.number = :number", Object.class)
                .setParameter("number", number).getResultStream().findFirst()
                .ifPresent(ticket -> Search.session(entityManager).indexingPlan().addOrUpdate(ticket));
    }
}
