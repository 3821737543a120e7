package io.resuelve.search;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.pojo.work.IndexingPlanSynchronizationStrategy;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * For writers nobody waits on, such as the mail reader: the index changes of the current transaction are applied
 * right after its commit without the writer waiting for them (searchable within moments), instead of the configured
 * {@code resuelve.search.synchronization}, which makes a person's own change searchable when their request returns.
 * Waiting there, for every mail, would cap how many mails a reader takes in per second.
 */
@Component
public class BackgroundIndexing {

    @PersistenceContext
    private EntityManager entityManager;

    /** Call inside the writer's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void dontWaitForThisTransaction() {
        Search.session(entityManager).indexingPlanSynchronizationStrategy(IndexingPlanSynchronizationStrategy.async());
    }
}
