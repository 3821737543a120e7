package io.resuelve.mail;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The agents' replies and resolutions of one transaction, gathered per ticket and handed over just before it commits,
 * so that one action sends one mail: a reply that also resolves the ticket is a single notice.
 */
final class PendingTicketNotices implements TransactionSynchronization {

    /**
     * What a transaction did to one ticket that its customers hear about.
     *
     * @param replyMessageIds the agents' public replies, in order (usually one, or none)
     * @param resolved        whether the ticket became RESOLVED
     */
    record Notice(long ticketNumber, List<Long> replyMessageIds, boolean resolved) {

        Notice and(Notice later) {
            List<Long> all = new ArrayList<>(replyMessageIds);
            all.addAll(later.replyMessageIds);
            return new Notice(ticketNumber, List.copyOf(all), resolved || later.resolved);
        }
    }

    private final Map<Long, Notice> notices = new LinkedHashMap<>();
    private final Consumer<Notice> send;

    PendingTicketNotices(Consumer<Notice> send) {
        this.send = send;
    }

    /**
     * The notices of the current transaction, registered with it on first use so that {@code send} gets each
     * ticket's notice before the commit, still inside the transaction.
     *
     * @throws IllegalStateException outside a transaction
     */
    static PendingTicketNotices current(Consumer<Notice> send) {
        for (TransactionSynchronization synchronization : TransactionSynchronizationManager.getSynchronizations()) {
            if (synchronization instanceof PendingTicketNotices pending) {
                return pending;
            }
        }
        PendingTicketNotices pending = new PendingTicketNotices(send);
        TransactionSynchronizationManager.registerSynchronization(pending);
        return pending;
    }

    void replied(long ticketNumber, Long messageId) {
        notices.merge(ticketNumber, new Notice(ticketNumber, List.of(messageId), false), Notice::and);
    }

    void resolved(long ticketNumber) {
        notices.merge(ticketNumber, new Notice(ticketNumber, List.of(), true), Notice::and);
    }

    /** The notices gathered so far, one per ticket in order of first mention, and forgets them. */
    List<Notice> drain() {
        List<Notice> drained = List.copyOf(notices.values());
        notices.clear();
        return drained;
    }

    @Override
    public void beforeCommit(boolean readOnly) {
        drain().forEach(send);
    }
}
