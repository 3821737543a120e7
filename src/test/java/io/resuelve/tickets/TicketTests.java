package io.resuelve.tickets;

import static io.resuelve.tickets.TicketStatus.CLOSED;
import static io.resuelve.tickets.TicketStatus.NEW;
import static io.resuelve.tickets.TicketStatus.ON_HOLD;
import static io.resuelve.tickets.TicketStatus.OPEN;
import static io.resuelve.tickets.TicketStatus.PENDING_CUSTOMER;
import static io.resuelve.tickets.TicketStatus.RESOLVED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import io.resuelve.accounts.Actor;
import io.resuelve.accounts.Role;
import io.resuelve.shared.ConflictException;
import io.resuelve.shared.ForbiddenException;
import io.resuelve.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** The lifecycle of the seeds, move by move, without Spring: every allowed and every forbidden transition. */
class TicketTests {

    static final Instant NOW = Instant.parse("2026-03-02T13:00:00Z");
    static final Actor CUSTOMER = new Actor(10L, Role.CUSTOMER, 1L, "carolina@andina.example");
    static final Actor COLLEAGUE = new Actor(11L, Role.CUSTOMER, 1L, "andres@andina.example");
    static final Actor AGENT = new Actor(20L, Role.AGENT, null, "lucia@soporte.example");

    /** A ticket brought to the given status by legitimate moves. */
    static Ticket ticketIn(TicketStatus status) {
        Ticket ticket = Ticket.file(1001, new TicketDraft("No se cargan los pedidos", "Error 1102 en la ruta 1",
                "Consulta", Priority.NORMAL, Channel.PORTAL, CUSTOMER.userId(), 1L, Set.of(), null, null, "CO", null,
                null, null), null, CUSTOMER, NOW);
        switch (status) {
            case NEW -> { }
            case OPEN -> ticket.assign(AGENT, AGENT.userId(), null, NOW);
            case PENDING_CUSTOMER, ON_HOLD -> ticket.changeStatus(AGENT, status, NOW);
            case RESOLVED -> ticket.resolve(AGENT, NOW);
            case CLOSED -> ticket.close(CUSTOMER, NOW);
        }
        assertThat(ticket.status()).isEqualTo(status);
        ticket.clearEvents();
        ticket.drainChanges();
        return ticket;
    }

    /** Applies the move to a ticket in {@code from} and checks the outcome: a status, or CONFLICT/FORBIDDEN/INVALID. */
    static void expect(TicketStatus from, String outcome, Consumer<Ticket> move) {
        Ticket ticket = ticketIn(from);
        switch (outcome) {
            case "CONFLICT" -> assertThatThrownBy(() -> move.accept(ticket)).isInstanceOf(ConflictException.class);
            case "FORBIDDEN" -> assertThatThrownBy(() -> move.accept(ticket)).isInstanceOf(ForbiddenException.class);
            case "INVALID" -> assertThatThrownBy(() -> move.accept(ticket))
                    .isInstanceOf(InvalidInputException.class);
            default -> {
                move.accept(ticket);
                assertThat(ticket.status()).isEqualTo(TicketStatus.valueOf(outcome));
                return;
            }
        }
        assertThat(ticket.status()).as("a refused move changes nothing").isEqualTo(from);
        assertThat(ticket.drainChanges()).isEmpty();
    }

    @Test
    void aNewTicketIsNewAndAnnouncesItself() {
        Ticket ticket = Ticket.file(1001, new TicketDraft("Asunto", "Descripción", null, null, Channel.EMAIL, 10L,
                1L, Set.of(11L), null, null, null, null, null, null), null, CUSTOMER, NOW);
        assertThat(ticket.status()).isEqualTo(NEW);
        assertThat(ticket.view().priority()).isEqualTo(Priority.NORMAL);
        assertThat(ticket.domainEvents()).containsExactly(new TicketCreated(1001, 10L, 1L, Channel.EMAIL, null));
        assertThat(ticket.drainChanges()).extracting(FieldChange::field, FieldChange::to)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("status", "NEW"));
    }

    @ParameterizedTest(name = "agent resolves {0} → {1}")
    @CsvSource({ "NEW,RESOLVED", "OPEN,RESOLVED", "PENDING_CUSTOMER,RESOLVED", "ON_HOLD,RESOLVED",
        "RESOLVED,CONFLICT", "CLOSED,CONFLICT" })
    void agentResolves(TicketStatus from, String outcome) {
        expect(from, outcome, t -> t.resolve(AGENT, NOW));
    }

    @ParameterizedTest(name = "customer cannot resolve {0}")
    @EnumSource(TicketStatus.class)
    void customerCannotResolve(TicketStatus from) {
        expect(from, "FORBIDDEN", t -> t.resolve(CUSTOMER, NOW));
    }

    @ParameterizedTest(name = "customer answers Sí on {0} → {1}")
    @CsvSource({ "NEW,CONFLICT", "OPEN,CONFLICT", "PENDING_CUSTOMER,CONFLICT", "ON_HOLD,CONFLICT",
        "RESOLVED,CLOSED", "CLOSED,CONFLICT" })
    void customerConfirmsSolved(TicketStatus from, String outcome) {
        expect(from, outcome, t -> t.confirm(CUSTOMER, true, null, NOW));
    }

    @ParameterizedTest(name = "customer answers No del todo on {0} → {1}")
    @CsvSource({ "NEW,CONFLICT", "OPEN,CONFLICT", "PENDING_CUSTOMER,CONFLICT", "ON_HOLD,CONFLICT",
        "RESOLVED,OPEN", "CLOSED,CONFLICT" })
    void customerSaysNotQuite(TicketStatus from, String outcome) {
        expect(from, outcome, t -> t.confirm(CUSTOMER, false, "Faltan los pedidos del martes", NOW));
    }

    @Test
    void notQuiteNeedsAComment() {
        expect(RESOLVED, "INVALID", t -> t.confirm(CUSTOMER, false, " ", NOW));
    }

    @Test
    void notQuiteCommentBecomesAPublicMessageAndAnEvent() {
        Ticket ticket = ticketIn(RESOLVED);
        Message comment = ticket.confirm(CUSTOMER, false, "Faltan los pedidos del martes", NOW);
        assertThat(comment.internal()).isFalse();
        assertThat(ticket.view().resolvedAt()).isNull();
        assertThat(ticket.domainEvents()).hasAtLeastOneElementOfType(TicketConfirmed.class);
    }

    @ParameterizedTest(name = "only customers confirm ({0})")
    @EnumSource(TicketStatus.class)
    void agentsDoNotConfirm(TicketStatus from) {
        expect(from, "FORBIDDEN", t -> t.confirm(AGENT, true, null, NOW));
    }

    @ParameterizedTest(name = "{0} closes {1} → {2}")
    @CsvSource({ "customer,NEW,CLOSED", "customer,OPEN,CLOSED", "customer,PENDING_CUSTOMER,CLOSED",
        "customer,ON_HOLD,CLOSED", "customer,RESOLVED,CLOSED", "customer,CLOSED,CONFLICT", "agent,NEW,CLOSED",
        "agent,OPEN,CLOSED", "agent,RESOLVED,CLOSED", "agent,CLOSED,CONFLICT" })
    void closing(String who, TicketStatus from, String outcome) {
        expect(from, outcome, t -> t.close(actor(who), NOW));
    }

    @ParameterizedTest(name = "{0} reopens {1} → {2}")
    @CsvSource({ "customer,NEW,CONFLICT", "customer,OPEN,CONFLICT", "customer,PENDING_CUSTOMER,CONFLICT",
        "customer,ON_HOLD,CONFLICT", "customer,RESOLVED,OPEN", "customer,CLOSED,CONFLICT", "agent,RESOLVED,OPEN",
        "agent,CLOSED,CONFLICT" })
    void reopening(String who, TicketStatus from, String outcome) {
        expect(from, outcome, t -> t.reopen(actor(who), NOW));
    }

    @ParameterizedTest(name = "{0} rejects {1} → {2}")
    @CsvSource({ "agent,NEW,CLOSED", "agent,OPEN,CLOSED", "agent,PENDING_CUSTOMER,CLOSED", "agent,ON_HOLD,CLOSED",
        "agent,RESOLVED,CLOSED", "agent,CLOSED,CONFLICT", "customer,NEW,FORBIDDEN", "customer,OPEN,FORBIDDEN" })
    void rejecting(String who, TicketStatus from, String outcome) {
        expect(from, outcome, t -> t.reject(actor(who), "No cumple las condiciones mínimas", NOW));
    }

    @Test
    void rejectionKeepsTheReasonForTheCustomer() {
        Ticket ticket = ticketIn(NEW);
        Message message = ticket.reject(AGENT, "No indica pantalla ni error", NOW);
        assertThat(ticket.view().rejectionReason()).isEqualTo("No indica pantalla ni error");
        assertThat(message.internal()).isFalse();
        expect(NEW, "INVALID", t -> t.reject(AGENT, "", NOW));
    }

    @ParameterizedTest(name = "{0} returns {1} to the requester → {2}")
    @CsvSource({ "agent,NEW,PENDING_CUSTOMER", "agent,OPEN,PENDING_CUSTOMER", "agent,PENDING_CUSTOMER,PENDING_CUSTOMER",
        "agent,ON_HOLD,PENDING_CUSTOMER", "agent,RESOLVED,CONFLICT", "agent,CLOSED,CONFLICT",
        "customer,OPEN,FORBIDDEN" })
    void returningToRequester(String who, TicketStatus from, String outcome) {
        expect(from, outcome, t -> t.returnToRequester(actor(who), List.of("steps"), "Faltan los pasos", NOW));
    }

    @Test
    void returningNeedsSomethingMissing() {
        expect(OPEN, "INVALID", t -> t.returnToRequester(AGENT, List.of(), "Falta información", NOW));
    }

    @ParameterizedTest(name = "customer replies on {0} → {1}")
    @CsvSource({ "NEW,NEW", "OPEN,OPEN", "PENDING_CUSTOMER,OPEN", "ON_HOLD,OPEN", "RESOLVED,OPEN",
        "CLOSED,CONFLICT" })
    void customerReplies(TicketStatus from, String outcome) {
        expect(from, outcome, t -> t.addMessage(CUSTOMER, "Adjunto la captura", null, false, null, NOW));
    }

    @ParameterizedTest(name = "agent replies on {0} → {1}")
    @CsvSource({ "NEW,OPEN", "OPEN,OPEN", "PENDING_CUSTOMER,PENDING_CUSTOMER", "ON_HOLD,ON_HOLD",
        "RESOLVED,RESOLVED", "CLOSED,CONFLICT" })
    void agentReplies(TicketStatus from, String outcome) {
        expect(from, outcome, t -> t.addMessage(AGENT, "Estamos revisando", null, false, null, NOW));
    }

    @ParameterizedTest(name = "agent asks the customer on {0} → {1}")
    @CsvSource({ "NEW,PENDING_CUSTOMER", "OPEN,PENDING_CUSTOMER", "ON_HOLD,PENDING_CUSTOMER",
        "RESOLVED,CONFLICT", "CLOSED,CONFLICT" })
    void agentAsksTheCustomer(TicketStatus from, String outcome) {
        expect(from, outcome, t -> t.addMessage(AGENT, "¿Qué versión usa?", null, false, PENDING_CUSTOMER, NOW));
    }

    @Test
    void customersWriteNeitherNotesNorStatuses() {
        expect(OPEN, "FORBIDDEN", t -> t.addMessage(CUSTOMER, "x", null, true, null, NOW));
        expect(OPEN, "FORBIDDEN", t -> t.addMessage(CUSTOMER, "x", null, false, CLOSED, NOW));
    }

    @Test
    void internalNotesLeaveTheStatusAndTheFirstResponseAlone() {
        Ticket ticket = ticketIn(NEW);
        Message note = ticket.addMessage(AGENT, "Revisar configuración", null, true, null, NOW);
        assertThat(note.internal()).isTrue();
        assertThat(ticket.status()).isEqualTo(NEW);
        assertThat(ticket.view().firstResponseAt()).isNull();
        ticket.addMessage(AGENT, "Hola", null, false, null, NOW.plusSeconds(60));
        assertThat(ticket.view().firstResponseAt()).isEqualTo(NOW.plusSeconds(60));
    }

    /** Every pair of statuses: the agent's direct change follows the lifecycle graph exactly. */
    @ParameterizedTest(name = "agent sets {0} → {1}")
    @CsvSource({
        "NEW,NEW,NEW", "NEW,OPEN,OPEN", "NEW,PENDING_CUSTOMER,PENDING_CUSTOMER", "NEW,ON_HOLD,ON_HOLD",
        "NEW,RESOLVED,RESOLVED", "NEW,CLOSED,CLOSED",
        "OPEN,NEW,CONFLICT", "OPEN,OPEN,OPEN", "OPEN,PENDING_CUSTOMER,PENDING_CUSTOMER", "OPEN,ON_HOLD,ON_HOLD",
        "OPEN,RESOLVED,RESOLVED", "OPEN,CLOSED,CLOSED",
        "PENDING_CUSTOMER,NEW,CONFLICT", "PENDING_CUSTOMER,OPEN,OPEN",
        "PENDING_CUSTOMER,PENDING_CUSTOMER,PENDING_CUSTOMER", "PENDING_CUSTOMER,ON_HOLD,ON_HOLD",
        "PENDING_CUSTOMER,RESOLVED,RESOLVED", "PENDING_CUSTOMER,CLOSED,CLOSED",
        "ON_HOLD,NEW,CONFLICT", "ON_HOLD,OPEN,OPEN", "ON_HOLD,PENDING_CUSTOMER,PENDING_CUSTOMER",
        "ON_HOLD,ON_HOLD,ON_HOLD", "ON_HOLD,RESOLVED,RESOLVED", "ON_HOLD,CLOSED,CLOSED",
        "RESOLVED,NEW,CONFLICT", "RESOLVED,OPEN,OPEN", "RESOLVED,PENDING_CUSTOMER,CONFLICT",
        "RESOLVED,ON_HOLD,CONFLICT", "RESOLVED,RESOLVED,RESOLVED", "RESOLVED,CLOSED,CLOSED",
        "CLOSED,NEW,CONFLICT", "CLOSED,OPEN,CONFLICT", "CLOSED,PENDING_CUSTOMER,CONFLICT",
        "CLOSED,ON_HOLD,CONFLICT", "CLOSED,RESOLVED,CONFLICT", "CLOSED,CLOSED,CONFLICT" })
    void agentChangesStatus(TicketStatus from, TicketStatus target, String outcome) {
        expect(from, outcome, t -> t.changeStatus(AGENT, target, NOW));
    }

    @ParameterizedTest(name = "customer cannot set {0}")
    @EnumSource(TicketStatus.class)
    void customerCannotSetStatus(TicketStatus target) {
        expect(OPEN, "FORBIDDEN", t -> t.changeStatus(CUSTOMER, target, NOW));
    }

    @ParameterizedTest(name = "assigning on {0} → {1}")
    @CsvSource({ "NEW,OPEN", "OPEN,OPEN", "PENDING_CUSTOMER,PENDING_CUSTOMER", "ON_HOLD,ON_HOLD",
        "RESOLVED,RESOLVED", "CLOSED,CONFLICT" })
    void assigning(TicketStatus from, String outcome) {
        expect(from, outcome, t -> t.assign(AGENT, 21L, 3L, NOW));
    }

    @Test
    void customersCannotAssign() {
        expect(NEW, "FORBIDDEN", t -> t.assign(CUSTOMER, 21L, null, NOW));
    }

    @ParameterizedTest(name = "customer edits {0}: {1}")
    @CsvSource({ "TAX_ID,true", "COMPANY_NAME,true", "CONTACT_PHONE,true", "CC,true", "SUBJECT,false", "TYPE,false",
        "PRIORITY,false", "BRAND,false", "PRODUCT,false", "COUNTRY,false", "TAGS,false", "ASSIGNEE,false",
        "GROUP,false", "STATUS,false", "REQUESTER,false", "ORGANISATION,false" })
    void customerAllowListFollowsSeed002(TicketField field, boolean allowed) {
        Ticket ticket = ticketIn(OPEN);
        if (allowed) {
            ticket.checkEditable(CUSTOMER, List.of(field));
        } else {
            assertThatThrownBy(() -> ticket.checkEditable(CUSTOMER, List.of(field)))
                    .isInstanceOf(ForbiddenException.class);
        }
    }

    @Test
    void removingPeopleFromTheCopyIsRecordedAndRefusedOnClosedTickets() {
        Ticket ticket = ticketIn(OPEN);
        ticket.addCc(AGENT, List.of(30L, 31L), NOW);
        ticket.drainChanges();
        ticket.removeCc(AGENT, List.of(30L, 99L), NOW);
        assertThat(ticket.ccIds()).containsExactly(31L);
        assertThat(ticket.drainChanges()).singleElement().satisfies(change -> {
            assertThat(change.field()).isEqualTo("cc");
            assertThat(change.from()).isEqualTo("[30, 31]");
            assertThat(change.to()).isEqualTo("[31]");
            assertThat(change.actorId()).isEqualTo(AGENT.userId());
        });
        expect(CLOSED, "CONFLICT", t -> t.removeCc(AGENT, List.of(30L), NOW));
    }

    @Test
    void onlyOneForbiddenFieldRefusesTheWholeEdit() {
        Ticket ticket = ticketIn(OPEN);
        assertThatThrownBy(() -> ticket.checkEditable(CUSTOMER, List.of(TicketField.TAX_ID, TicketField.PRIORITY)))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> ticket.checkEditable(AGENT, List.of(TicketField.REQUESTER)))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void everyChangeIsRecordedWithWhoAndWhen() {
        Ticket ticket = ticketIn(NEW);
        ticket.edit(AGENT, TicketField.PRIORITY, Priority.HIGH, NOW);
        ticket.edit(COLLEAGUE, TicketField.TAX_ID, "900.123.456-7", NOW);
        ticket.resolve(AGENT, NOW);
        assertThat(ticket.drainChanges()).extracting(FieldChange::field, FieldChange::from, FieldChange::to,
                FieldChange::actorId).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("priority", "NORMAL", "HIGH", 20L),
                        org.assertj.core.groups.Tuple.tuple("taxId", null, "900.123.456-7", 11L),
                        org.assertj.core.groups.Tuple.tuple("status", "NEW", "RESOLVED", 20L));
        assertThat(ticket.domainEvents()).containsExactly(new TicketStatusChanged(1001, NEW, RESOLVED, 20L));
    }

    @Test
    void closedTicketsTakeNoEdits() {
        Ticket ticket = ticketIn(CLOSED);
        assertThatThrownBy(() -> ticket.edit(CUSTOMER, TicketField.TAX_ID, "1", NOW))
                .isInstanceOf(ConflictException.class);
    }

    private static Actor actor(String who) {
        return who.equals("agent") ? AGENT : CUSTOMER;
    }
}
