package io.resuelve.mail.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import io.resuelve.support.HostileMail;
import org.junit.jupiter.api.Test;

/** The hostile mail is read whole and made harmless; how long it takes is measured by the benchmark, not here. */
class HostileMailTests {

    @Test
    void theHostileMailIsReadAndMadeHarmless() {
        ParsedMail mail = new InboundMailParser().parse(HostileMail.build("hostil@hostil.example"));

        assertThat(mail.subject()).isEqualTo("¡¡¡Urgente!!! revise los enlaces");
        assertThat(mail.attachments()).hasSize(43).allMatch(ParsedAttachment::inline);
        assertThat(mail.htmlBody()).doesNotContain("<script", "onclick", "steal()").contains("https://phish.example/1999");
        assertThat(mail.textBody()).contains("Revisen esto urgente").contains("enlace 1999");
        assertThat(mail.textBody().length()).as("whitespace collapsed").isLessThan(200_000);
    }
}
