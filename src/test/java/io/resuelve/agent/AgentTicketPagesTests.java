package io.resuelve.agent;

import static org.assertj.core.api.Assertions.assertThat;

import io.resuelve.tickets.TicketStatus;
import org.junit.jupiter.api.Test;

/** "Enviar como": what a reply may leave the ticket in, and what is chosen by default. */
class AgentTicketPagesTests {

    @Test
    void aReplyOffersTheStatusesTheLifecycleAllowsButNeverNewNorClosed() {
        assertThat(AgentTicketPages.replyStatusesFrom(TicketStatus.NEW)).containsExactly(TicketStatus.OPEN,
                TicketStatus.PENDING_CUSTOMER, TicketStatus.ON_HOLD, TicketStatus.RESOLVED);
        assertThat(AgentTicketPages.replyStatusesFrom(TicketStatus.PENDING_CUSTOMER)).containsExactly(
                TicketStatus.OPEN, TicketStatus.PENDING_CUSTOMER, TicketStatus.ON_HOLD, TicketStatus.RESOLVED);
        assertThat(AgentTicketPages.replyStatusesFrom(TicketStatus.RESOLVED)).containsExactly(TicketStatus.OPEN,
                TicketStatus.RESOLVED);
        assertThat(AgentTicketPages.replyStatusesFrom(TicketStatus.CLOSED)).isEmpty();
    }

    @Test
    void aReplyAsksTheCustomerByDefaultWhereThatIsAllowed() {
        assertThat(AgentTicketPages.defaultReplyStatus(TicketStatus.OPEN)).isEqualTo("PENDING_CUSTOMER");
        assertThat(AgentTicketPages.defaultReplyStatus(TicketStatus.RESOLVED)).as("keep the status").isEmpty();
    }
}
