package io.resuelve.agent;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import io.resuelve.tickets.Channel;
import io.resuelve.tickets.Priority;
import io.resuelve.tickets.TicketQuery;
import io.resuelve.tickets.TicketSort;
import io.resuelve.tickets.TicketStatus;
import org.junit.jupiter.api.Test;

class QueueQueryBuilderTests {

    static final Instant NOW = Instant.parse("2026-11-24T15:00:00Z");
    final QueueQueryBuilder builder = new QueueQueryBuilder(7L, NOW, ZoneId.of("America/Bogota"));

    static QueueFilters filters(List<String> estado, String asignado, Long grupo) {
        return new QueueFilters(null, estado, null, null, grupo, asignado, null, null, null, null, null, null, null,
                null, null, null, null, null);
    }

    @Test
    void viewsSelectWhatTheirNamesSay() {
        assertThat(builder.view(QueueView.UNASSIGNED, null).unassigned()).isTrue();
        assertThat(builder.view(QueueView.UNASSIGNED, null).statuses()).doesNotContain(TicketStatus.RESOLVED,
                TicketStatus.CLOSED);
        assertThat(builder.view(QueueView.MINE, null).assigneeId()).isEqualTo(7L);
        assertThat(builder.view(QueueView.WAITING, null).statuses())
                .containsExactlyInAnyOrder(TicketStatus.PENDING_CUSTOMER, TicketStatus.RESOLVED);
        assertThat(builder.view(QueueView.RESOLVED, null).resolvedSince()).isEqualTo(Instant.parse(
                "2026-11-17T15:00:00Z"));
        assertThat(builder.view(QueueView.GROUP, 3L).groupId()).isEqualTo(3L);
        assertThat(builder.view(QueueView.ALL_OPEN, null).groupId()).isNull();
    }

    @Test
    void filtersNarrowAViewAndNeverWidenIt() {
        TicketQuery onHold = builder.page(QueueView.ALL_OPEN, null, filters(List.of("ON_HOLD", "bogus"), null, null))
                .orElseThrow();
        assertThat(onHold.statuses()).containsExactly(TicketStatus.ON_HOLD);
        assertThat(builder.page(QueueView.ALL_OPEN, null, filters(List.of("CLOSED"), null, null))).isEmpty();
        assertThat(builder.page(QueueView.MINE, null, filters(List.of(), "ninguno", null))).isEmpty();
        assertThat(builder.page(QueueView.MINE, null, filters(List.of(), "99", null))).isEmpty();
        assertThat(builder.page(QueueView.MINE, null, filters(List.of(), "yo", null)).orElseThrow().assigneeId())
                .isEqualTo(7L);
        assertThat(builder.page(QueueView.UNASSIGNED, null, filters(List.of(), "yo", null))).isEmpty();
        assertThat(builder.page(QueueView.GROUP, 3L, filters(List.of(), null, 4L))).isEmpty();
        assertThat(builder.page(QueueView.ALL_OPEN, null, filters(List.of(), "ninguno", 4L)).orElseThrow())
                .satisfies(q -> {
                    assertThat(q.unassigned()).isTrue();
                    assertThat(q.groupId()).isEqualTo(4L);
                });
    }

    @Test
    void readsEveryFilterAndTheDatesInTheAgentsZone() {
        QueueFilters all = new QueueFilters("abiertos", List.of(), "high", "Consulta", null, null, 12L, "email",
                " Factura ", " pedidos ", LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 2), "prioridad", "asc",
                "1_1001", List.of(), null, null);
        TicketQuery query = builder.page(QueueView.ALL_OPEN, null, all).orElseThrow();
        assertThat(query.priority()).isEqualTo(Priority.HIGH);
        assertThat(query.type()).isEqualTo("Consulta");
        assertThat(query.channel()).isEqualTo(Channel.EMAIL);
        assertThat(query.tag()).isEqualTo("Factura");
        assertThat(query.text()).isEqualTo("pedidos");
        assertThat(query.organisationId()).isEqualTo(12L);
        assertThat(query.createdFrom()).isEqualTo(Instant.parse("2026-11-01T05:00:00Z"));
        assertThat(query.createdUntil()).isEqualTo(Instant.parse("2026-11-03T05:00:00Z"));
        assertThat(query.sort()).isEqualTo(TicketSort.PRIORITY_ASC);
        assertThat(query.cursor()).isEqualTo("1_1001");
    }

    @Test
    void sortsByTheChosenColumnOrTheViewsDefault() {
        assertThat(QueueQueryBuilder.sort(QueueView.UNASSIGNED, filters(List.of(), null, null)))
                .isEqualTo(TicketSort.CREATED_ASC);
        QueueFilters bySubject = new QueueFilters(null, null, null, null, null, null, null, null, null, null, null,
                null, "asunto", null, null, null, null, null);
        assertThat(QueueQueryBuilder.sort(QueueView.ALL_OPEN, bySubject)).isEqualTo(TicketSort.SUBJECT_DESC);
        QueueFilters unknown = new QueueFilters(null, null, null, null, null, null, null, null, null, null, null,
                null, "color", "asc", null, null, null, null);
        assertThat(QueueQueryBuilder.sort(QueueView.ALL_OPEN, unknown)).isEqualTo(TicketSort.RECENT_ACTIVITY);
    }

    @Test
    void linksKeepTheFiltersAndThePageHistory() {
        QueueFilters onPage2 = new QueueFilters("abiertos", List.of("OPEN"), null, null, null, null, null, null,
                "vip", null, null, null, "asunto", "asc", "c2", List.of("-"), null, null);
        QueueLinks links = new QueueLinks("abiertos", onPage2);
        assertThat(links.next("c3")).isEqualTo(
                "/agente?vista=abiertos&estado=OPEN&etiqueta=vip&orden=asunto&dir=asc&cursor=c3&atras=-&atras=c2");
        assertThat(links.previous()).isEqualTo("/agente?vista=abiertos&estado=OPEN&etiqueta=vip&orden=asunto&dir=asc");
        assertThat(links.sort("asunto", true, false)).contains("orden=asunto&dir=desc").doesNotContain("cursor");
        assertThat(links.view("sin-asignar")).startsWith("/agente?vista=sin-asignar&estado=OPEN");
        assertThat(QueueController.safeBack("https://malo.example")).isEqualTo("/agente");
        assertThat(QueueController.safeBack("//malo.example/agente")).isEqualTo("/agente");
        assertThat(QueueController.safeBack("/agente?vista=abiertos")).isEqualTo("/agente?vista=abiertos");
    }
}
