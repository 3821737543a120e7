package io.resuelve.mail.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** Header decoding: RFC 2047 words, raw 8-bit bytes, charset labels and ids. */
class HeaderTextTests {

    @Test
    void adjacentEncodedWordsJoinEvenWhenACharacterIsSplitBetweenThem() {
        assertThat(HeaderText.decode("=?UTF-8?Q?gener=C3?= =?UTF-8?Q?=B3?= listo")).isEqualTo("generó listo");
        assertThat(HeaderText.decode("=?UTF-8?B?wr9D?=\r\n =?UTF-8?B?dcOhbmRvPw==?=")).isEqualTo("¿Cuándo?");
    }

    @Test
    void blanksBetweenAnEncodedWordAndPlainTextStay() {
        assertThat(HeaderText.decode("Pedido =?UTF-8?Q?n=C2=BA?= 48213")).isEqualTo("Pedido nº 48213");
    }

    @Test
    void iso88591WordsAreReadAsWindows1252() {
        assertThat(HeaderText.decode("=?ISO-8859-1?Q?=80_200_=93ok=94?=")).isEqualTo("€ 200 “ok”");
    }

    @Test
    void anUnknownCharsetFallsBackInsteadOfFailing() {
        assertThat(HeaderText.decode("=?x-unknown?Q?Ped=C3=ADdo?=")).isEqualTo("Pedído");
        assertThat(HeaderText.decode("=?x-unknown?Q?Ped=EDdo?=")).isEqualTo("Pedído");
    }

    @Test
    void rawEightBitHeadersAreUtf8WhenValidAndWindows1252Otherwise() {
        String utf8 = new String("Peña €".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
        String cp1252 = new String("Peña €".getBytes(Charsets.WINDOWS_1252), StandardCharsets.ISO_8859_1);
        assertThat(HeaderText.decode(utf8)).isEqualTo("Peña €");
        assertThat(HeaderText.decode(cp1252)).isEqualTo("Peña €");
    }

    @Test
    void malformedWordsAreLeftReadable() {
        assertThat(HeaderText.decode("=?UTF-8?B?###?= y =?UTF-8?Q?sin_cierre")).isEqualTo("y =?UTF-8?Q?sin_cierre");
    }

    @Test
    void idsLoseTheirAngleBrackets() {
        assertThat(HeaderText.ids("<a@x> \r\n <b@y>\t<c@z>")).containsExactly("a@x", "b@y", "c@z");
        assertThat(HeaderText.firstId("bare-id@x")).isEqualTo("bare-id@x");
        assertThat(HeaderText.firstId("  ")).isNull();
        assertThat(HeaderText.firstId(null)).isNull();
    }

    @Test
    void charsetLabelsFollowBrowsers() {
        assertThat(Charsets.forLabel("ISO-8859-1")).isEqualTo(Charsets.WINDOWS_1252);
        assertThat(Charsets.forLabel("us-ascii")).isEqualTo(Charsets.WINDOWS_1252);
        assertThat(Charsets.forLabel("\"utf8\"")).isEqualTo(StandardCharsets.UTF_8);
        assertThat(Charsets.forLabel("x-klingon")).isNull();
        assertThat(Charsets.decode("Ola €".getBytes(StandardCharsets.UTF_8), "x-klingon")).isEqualTo("Ola €");
        byte[] oneStrayByte = "Máquina 14: sin señal \u0000".getBytes(StandardCharsets.UTF_8);
        oneStrayByte[oneStrayByte.length - 1] = (byte) 0xe9;
        assertThat(Charsets.decode(oneStrayByte, "utf-8")).isEqualTo("Máquina 14: sin señal \ufffd");
        assertThat(Charsets.decode("sin señal".getBytes(Charsets.WINDOWS_1252), "utf-8")).isEqualTo("sin señal");
        assertThat(Charsets.repairC1("\u0080 \u0093ok\u0094")).isEqualTo("€ “ok”");
    }
}
