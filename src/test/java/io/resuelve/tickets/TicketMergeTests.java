package io.resuelve.tickets;

import static io.resuelve.tickets.TicketTests.AGENT;
import static io.resuelve.tickets.TicketTests.CUSTOMER;
import static io.resuelve.tickets.TicketTests.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import io.resuelve.accounts.Actor;
import io.resuelve.accounts.Role;
import io.resuelve.shared.ConflictException;
import io.resuelve.shared.ForbiddenException;
import io.resuelve.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

/** Merging as the aggregate guards it: who may, which tickets, and what each side looks like afterwards. */
class TicketMergeTests {

    static final Actor OTHER_CUSTOMER = new Actor(30L, Role.CUSTOMER, 1L, "pablo@andina.example");

    static Ticket ticket(long number, Actor requester, Set<Long> cc) {
        Ticket ticket = Ticket.file(number, new TicketDraft("Pedidos sin cargar " + number, "Error 1102", "Consulta",
                Priority.NORMAL, Channel.PORTAL, requester.userId(), 1L, cc, null, null, "CO", null, null, null), null,
                requester, NOW);
        ticket.clearEvents();
        ticket.drainChanges();
        return ticket;
    }

    @Test
    void theSourceClosesWithALinkAndItsPeopleAreCopiedOnTheTarget() {
        Ticket source = ticket(1001, OTHER_CUSTOMER, Set.of(41L));
        Ticket target = ticket(1002, CUSTOMER, Set.of(42L));

        source.mergeInto(target, AGENT, NOW);

        assertThat(source.status()).isEqualTo(TicketStatus.CLOSED);
        assertThat(source.view().mergedInto()).isEqualTo(1002L);
        assertThat(source.view().closedAt()).isEqualTo(NOW);
        assertThat(source.domainEvents()).contains(new TicketMerged(1001, 1002, AGENT.userId()));
        assertThat(target.status()).as("the target keeps its status").isEqualTo(TicketStatus.NEW);
        assertThat(target.ccIds()).containsExactlyInAnyOrder(OTHER_CUSTOMER.userId(), 41L, 42L);
        assertThat(target.drainChanges()).extracting(FieldChange::field).containsExactly("cc", "mergedFrom");
        assertThat(source.drainChanges()).extracting(FieldChange::field, FieldChange::to)
                .contains(org.assertj.core.groups.Tuple.tuple("mergedInto", "1002"),
                        org.assertj.core.groups.Tuple.tuple("status", "CLOSED"));
    }

    @Test
    void theTargetsRequesterIsNotCopiedOnTheirOwnTicket() {
        Ticket source = ticket(1001, CUSTOMER, Set.of());
        Ticket target = ticket(1002, CUSTOMER, Set.of());

        source.mergeInto(target, AGENT, NOW);

        assertThat(target.ccIds()).isEmpty();
        assertThat(target.drainChanges()).extracting(FieldChange::field).containsExactly("mergedFrom");
    }

    @Test
    void customersCannotMerge() {
        Ticket source = ticket(1001, CUSTOMER, Set.of());
        Ticket target = ticket(1002, CUSTOMER, Set.of());

        assertThatThrownBy(() -> source.mergeInto(target, CUSTOMER, NOW)).isInstanceOf(ForbiddenException.class);
        assertThat(source.status()).isEqualTo(TicketStatus.NEW);
        assertThat(source.drainChanges()).isEmpty();
        assertThat(target.drainChanges()).isEmpty();
    }

    @Test
    void aTicketCannotBeMergedIntoItself() {
        Ticket ticket = ticket(1001, CUSTOMER, Set.of());

        assertThatThrownBy(() -> ticket.mergeInto(ticket, AGENT, NOW)).isInstanceOf(InvalidInputException.class);
        assertThat(ticket.status()).isEqualTo(TicketStatus.NEW);
    }

    @Test
    void closedTicketsNeitherMergeNorTakeInOthers() {
        Ticket closed = ticket(1001, CUSTOMER, Set.of());
        closed.close(CUSTOMER, NOW);
        Ticket open = ticket(1002, CUSTOMER, Set.of());

        assertThatThrownBy(() -> closed.mergeInto(open, AGENT, NOW)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> open.mergeInto(closed, AGENT, NOW)).isInstanceOf(ConflictException.class);
        assertThat(open.status()).isEqualTo(TicketStatus.NEW);
        assertThat(open.ccIds()).isEmpty();
    }

    @Test
    void aResolvedTicketCanStillBeMerged() {
        Ticket resolved = TicketTests.ticketIn(TicketStatus.RESOLVED);
        Ticket target = ticket(1002, OTHER_CUSTOMER, Set.of());

        resolved.mergeInto(target, AGENT, NOW);

        assertThat(resolved.status()).isEqualTo(TicketStatus.CLOSED);
        assertThat(target.ccIds()).containsExactly(CUSTOMER.userId());
    }
}
