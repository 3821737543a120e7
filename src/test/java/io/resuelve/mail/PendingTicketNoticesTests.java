package io.resuelve.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import io.resuelve.mail.PendingTicketNotices.Notice;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** One notice per ticket and transaction: a reply and a resolution in one action are one mail. */
class PendingTicketNoticesTests {

    private final List<Notice> sent = new ArrayList<>();

    @AfterEach
    void clearSynchronization() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.clearSynchronization();
        }
    }

    @Test
    void aReplyThatResolvesIsOneNoticeWhicheverComesFirst() {
        PendingTicketNotices pending = new PendingTicketNotices(sent::add);
        pending.replied(1001, 7L);
        pending.resolved(1001);
        pending.resolved(1002);
        pending.replied(1002, 9L);

        assertThat(pending.drain()).containsExactly(new Notice(1001, List.of(7L), true),
                new Notice(1002, List.of(9L), true));
        assertThat(pending.drain()).isEmpty();
    }

    @Test
    void keepsRepliesAndResolutionsOfOtherTicketsApartAndInOrder() {
        PendingTicketNotices pending = new PendingTicketNotices(sent::add);
        pending.resolved(1003);
        pending.replied(1001, 7L);
        pending.replied(1001, 8L);

        assertThat(pending.drain()).containsExactly(new Notice(1003, List.of(), true),
                new Notice(1001, List.of(7L, 8L), false));
    }

    @Test
    void oneCollectorPerTransactionThatSendsBeforeTheCommit() {
        TransactionSynchronizationManager.initSynchronization();
        PendingTicketNotices.current(sent::add).replied(1001, 7L);
        PendingTicketNotices.current(notice -> {
            throw new AssertionError("a second collector");
        }).resolved(1001);
        assertThat(sent).isEmpty();

        TransactionSynchronizationManager.getSynchronizations().forEach(sync -> sync.beforeCommit(false));

        assertThat(sent).containsExactly(new Notice(1001, List.of(7L), true));
        assertThat(TransactionSynchronizationManager.getSynchronizations()).hasSize(1);
    }

    @Test
    void needsATransaction() {
        assertThatThrownBy(() -> PendingTicketNotices.current(sent::add)).isInstanceOf(IllegalStateException.class);
    }
}
