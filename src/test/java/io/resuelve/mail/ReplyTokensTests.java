package io.resuelve.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;

import org.junit.jupiter.api.Test;

/** Reply tokens name their ticket only when Resuelve signed them. */
class ReplyTokensTests {

    static ReplyTokens tokens(String secret) {
        MailProperties properties = new MailProperties("soporte@resuelve.local", "Soporte", Duration.ofSeconds(5), 8,
                Duration.ofSeconds(30), Duration.ofHours(1), secret, true, 10, true, Duration.ofSeconds(60),
                true, 4, org.springframework.util.unit.DataSize.ofMegabytes(25));
        return new ReplyTokens(properties, null, null, Clock.systemUTC());
    }

    @Test
    void aMessageIdWeMadeLeadsBackToItsTicket() {
        ReplyTokens tokens = tokens("clave-de-prueba");
        String id = tokens.messageId(1001, "resuelve.local");

        assertThat(id).matches("<t1001-[0-9a-f]{10}-[0-9a-f]{16}@resuelve\\.local>");
        assertThat(tokens.ticketIn(id)).hasValue(1001);
        assertThat(tokens.ticketIn("<CAF=abc@mail.gmail.com> " + id.toUpperCase())).as("found among References")
                .hasValue(1001);
        assertThat(tokens.ticketIn("soporte+" + id.substring(1, id.indexOf('@')) + "@resuelve.local"))
                .as("in a plus address").hasValue(1001);
        assertThat(tokens.messageId(1001, "resuelve.local")).as("unique per mail").isNotEqualTo(id);
    }

    @Test
    void aForgedOrAlteredTokenMatchesNothing() {
        ReplyTokens tokens = tokens("clave-de-prueba");
        String id = tokens.messageId(1001, "resuelve.local");
        String otherTicket = id.replace("<t1001-", "<t1002-");
        String otherKey = tokens("otra-clave").messageId(1001, "resuelve.local");

        assertThat(tokens.ticketIn(otherTicket)).isEmpty();
        assertThat(tokens.ticketIn(otherKey)).isEmpty();
        assertThat(tokens.ticketIn("<t1001-0011223344-0123456789abcdef@resuelve.local>")).isEmpty();
        assertThat(tokens.ticketIn(null)).isEmpty();
        assertThat(tokens.ticketIn("Re: [#1001] Pedidos")).isEmpty();
    }

    @Test
    void theReplyToCarriesTheTokenOnlyWithPlusAddressing() {
        MailProperties on = new MailProperties("soporte@resuelve.local", "Soporte", Duration.ofSeconds(5), 8,
                Duration.ofSeconds(30), Duration.ofHours(1), "", true, 10, true, Duration.ofSeconds(60),
                true, 4, org.springframework.util.unit.DataSize.ofMegabytes(25));
        MailProperties off = new MailProperties("soporte@resuelve.local", "Soporte", Duration.ofSeconds(5), 8,
                Duration.ofSeconds(30), Duration.ofHours(1), "", false, 10, true, Duration.ofSeconds(60),
                true, 4, org.springframework.util.unit.DataSize.ofMegabytes(25));
        String id = "<t1001-0011223344-0123456789abcdef@resuelve.local>";

        assertThat(on.replyTo(id).getAddress())
                .isEqualTo("soporte+t1001-0011223344-0123456789abcdef@resuelve.local");
        assertThat(off.replyTo(id)).isNull();
        assertThat(on.replyTo("<5f0c@resuelve.local>")).as("mails about no ticket").isNull();
    }
}
