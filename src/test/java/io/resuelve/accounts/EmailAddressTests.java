package io.resuelve.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.resuelve.shared.InvalidInputException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class EmailAddressTests {

    @Test
    void normalisesCaseAndSpaces() {
        EmailAddress email = EmailAddress.of("  Carolina.Rojas@Andina.COM.co ");
        assertThat(email.value()).isEqualTo("carolina.rojas@andina.com.co");
        assertThat(email.domain()).isEqualTo("andina.com.co");
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "sin-arroba", "a@b", "ana@example.com\r\nBcc: x@evil.com", "ana@exa mple.com",
        "ana@example.com\u2028", "<ana@example.com>", "ana@example.com, otro@example.com" })
    void refusesWhatCouldNotBeAnAddressOrCouldInjectHeaders(String raw) {
        assertThatThrownBy(() -> EmailAddress.of(raw)).isInstanceOf(InvalidInputException.class);
    }
}
