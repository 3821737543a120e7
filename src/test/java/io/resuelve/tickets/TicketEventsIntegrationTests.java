package io.resuelve.tickets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import io.resuelve.accounts.AccountManagement;
import io.resuelve.accounts.Actor;
import io.resuelve.accounts.NewOrganisation;
import io.resuelve.accounts.NewUser;
import io.resuelve.support.ResuelveIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** What later modules (mail, SLA, search) will listen to is published, in order, with the right ids. */
@ResuelveIntegrationTest
@RecordApplicationEvents
class TicketEventsIntegrationTests {

    @Autowired
    TicketManagement tickets;

    @Autowired
    AccountManagement accounts;

    @Autowired
    ApplicationEvents events;

    @Test
    void lifecycleEventsCarryTicketNumbersAndSavedMessageIds() {
        var org = accounts.createOrganisation(new NewOrganisation("Eventos S.A. " + System.nanoTime(), null, "CO",
                List.of(), true), Actor.system());
        Actor customer = accounts.createUser(NewUser.customer("Cliente", "cliente" + System.nanoTime()
                + "@eventos.example", org.id(), null), Actor.system()).actor();
        Actor agent = accounts.createUser(NewUser.agent("Agente", "agente" + System.nanoTime() + "@soporte.example",
                null, java.util.Set.of()), Actor.system()).actor();

        long number = tickets.file(NewTicket.of("No se cargan los pedidos", "Error 1102 en la ruta 1",
                customer.email()), customer).number();
        MessageAdded reply = tickets.addMessage(number, new NewMessage("¿Qué versión usa?", null, false,
                TicketStatus.PENDING_CUSTOMER, List.of()), agent);
        MessageAdded answer = tickets.addMessage(number, NewMessage.reply("La 4.2.1"), customer);
        tickets.resolve(number, agent);
        tickets.confirm(number, false, "No del todo", customer);

        assertThat(events.stream(TicketEvent.class)).containsExactly(
                new TicketCreated(number, customer.userId(), org.id(), Channel.API, null),
                new AgentReplied(number, reply.message().id(), agent.userId()),
                new TicketStatusChanged(number, TicketStatus.NEW, TicketStatus.PENDING_CUSTOMER, agent.userId()),
                new CustomerReplied(number, answer.message().id(), customer.userId()),
                new TicketStatusChanged(number, TicketStatus.PENDING_CUSTOMER, TicketStatus.OPEN, customer.userId()),
                new TicketStatusChanged(number, TicketStatus.OPEN, TicketStatus.RESOLVED, agent.userId()),
                new TicketStatusChanged(number, TicketStatus.RESOLVED, TicketStatus.OPEN, customer.userId()),
                events.stream(TicketConfirmed.class).findFirst().orElseThrow());
        TicketConfirmed confirmed = events.stream(TicketConfirmed.class).findFirst().orElseThrow();
        assertThat(confirmed.solved()).isFalse();
        assertThat(confirmed.commentMessageId()).isNotNull();
        assertThat(reply.message().id()).isNotNull();
    }
}
