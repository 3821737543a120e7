package io.resuelve.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import jakarta.mail.internet.InternetAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** No character of user data can end a header line and start another. */
class MailHeadersTests {

    private static final String INJECTION = "Ana Torres\r\nBcc: intruso@example.com";

    @ParameterizedTest
    @ValueSource(strings = { "\r\n", "\n", "\r", "\u2028", "\u2029", "\u0085", "\u0000", "\t", "\u001b", "\u007f" })
    void everyLineBreakOrControlCharacterBecomesASpace(String separator) {
        assertThat(MailHeaders.sanitize("Ana Torres" + separator + "Bcc: intruso@example.com"))
                .isEqualTo("Ana Torres Bcc: intruso@example.com");
    }

    @Test
    void keepsOrdinaryTextAndNullAsTheyAre() {
        assertThat(MailHeaders.sanitize("  José Ñúñez — «Soporte» 🚚 ")).isEqualTo("José Ñúñez — «Soporte» 🚚");
        assertThat(MailHeaders.sanitize(null)).isNull();
    }

    @Test
    void aForgedNameStaysInsideOneMailbox() {
        InternetAddress mailbox = MailHeaders.mailbox("ana@cliente.example", INJECTION);

        assertThat(mailbox.getAddress()).isEqualTo("ana@cliente.example");
        assertThat(mailbox.getPersonal()).isEqualTo("Ana Torres Bcc: intruso@example.com");
        assertThat(mailbox.toString()).doesNotContain("\r", "\n");
    }

    @Test
    void aBlankNameIsLeftOut() {
        assertThat(MailHeaders.mailbox("ana@cliente.example", "\r\n").getPersonal()).isNull();
        assertThat(MailHeaders.mailbox("ana@cliente.example", null).toString()).isEqualTo("ana@cliente.example");
    }

    @ParameterizedTest
    @ValueSource(strings = { "ana@cliente.example\r\nBcc: intruso@example.com", "ana@cliente.example\n",
            "ana@cliente.example, intruso@example.com", "Ana <ana@cliente.example>", "ana@cliente.example\u2028",
            "ana(comentario)@cliente.example", "ana", "", "ana@cliente", "ana@@cliente.example" })
    void onlyASinglePlainAddressIsAccepted(String address) {
        assertThatIllegalArgumentException().isThrownBy(() -> MailHeaders.mailbox(address, "Ana"));
    }
}
