package io.resuelve.tickets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import io.resuelve.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class TicketCursorTests {

    @Test
    void everyKindOfKeySurvivesTheRoundTrip() {
        Instant at = Instant.parse("2026-11-24T15:00:00.123Z");
        assertThat(TicketCursor.parse(TicketSort.NEWEST, TicketCursor.of(TicketSort.NEWEST, 1005L, 1005)))
                .isEqualTo(new TicketCursor(1005L, 1005));
        assertThat(TicketCursor.parse(TicketSort.RECENT_ACTIVITY, TicketCursor.of(TicketSort.RECENT_ACTIVITY, at,
                1002))).isEqualTo(new TicketCursor(at, 1002));
        String name = "pérez_garcía & hijos/?=";
        String cursor = TicketCursor.of(TicketSort.REQUESTER_ASC, name, 1003);
        assertThat(cursor).matches("[A-Za-z0-9_-]+");
        assertThat(TicketCursor.parse(TicketSort.REQUESTER_ASC, cursor)).isEqualTo(new TicketCursor(name, 1003));
        assertThat(TicketCursor.parse(TicketSort.PRIORITY_DESC, TicketCursor.of(TicketSort.PRIORITY_DESC, 3, 1004)))
                .isEqualTo(new TicketCursor(3, 1004));
        assertThat(TicketCursor.parse(TicketSort.GROUP_ASC, TicketCursor.of(TicketSort.GROUP_ASC, "", 1001)))
                .isEqualTo(new TicketCursor("", 1001));
    }

    @Test
    void aForgedCursorIsABadRequest() {
        assertThatThrownBy(() -> TicketCursor.parse(TicketSort.CREATED_ASC, "ayer_1001"))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> TicketCursor.parse(TicketSort.NEWEST, "abc"))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void eachColumnHasBothDirections() {
        for (TicketSort.Column column : TicketSort.Column.values()) {
            assertThat(TicketSort.by(column, true).isDescending()).isTrue();
            assertThat(TicketSort.by(column, false).column()).isEqualTo(column);
        }
        assertThat(TicketSort.by(TicketSort.Column.NUMBER, true)).isEqualTo(TicketSort.NEWEST);
    }
}
