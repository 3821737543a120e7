package io.resuelve.mail.inbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Robustness of the parser against broken and hostile mail, on mails generated here. */
class InboundMailParserTests {

    private static final String HEADERS = "From: Ana Torres <ana.torres@distribuidoralaandina.com>\r\n"
            + "To: soporte@resuelve.example\r\nSubject: Pedido 48213\r\nDate: Mon, 3 Feb 2025 10:00:00 -0300\r\n"
            + "Message-ID: <hostil@distribuidoralaandina.com>\r\nMIME-Version: 1.0\r\n";

    private final InboundMailParser parser = new InboundMailParser();

    @Test
    void megabytesOfWhitespaceShrinkToTheWordsAroundThem() {
        String body = "Hola" + " \t".repeat(1_000_000) + "\r\n".repeat(500_000) + "el pedido 48213 llegó."
                + " ".repeat(1_000_000);
        ParsedMail mail = parse(HEADERS + "Content-Type: text/plain; charset=UTF-8\r\n\r\n" + body);
        assertThat(mail.textBody()).isEqualTo("Hola\n\nel pedido 48213 llegó.");
        assertThat(mail.newText()).isEqualTo(mail.textBody());
    }

    @Test
    void megabytesOfWhitespaceInHtmlBecomeNoText() {
        String html = "<p>Hola</p>" + " \n".repeat(1_500_000) + "<p>el pedido 48213 llegó.</p>";
        ParsedMail mail = parse(HEADERS + "Content-Type: text/html; charset=UTF-8\r\n\r\n" + html);
        assertThat(mail.textBody()).isEqualTo("Hola\n\nel pedido 48213 llegó.");
    }

    @Test
    void fiveThousandNestedDivsAreFlattenedAndTheirTextKept() {
        String html = "<div>".repeat(5_000) + "Texto profundo" + "</div>".repeat(5_000) + "<p>Final</p>";
        ParsedMail mail = parse(HEADERS + "Content-Type: text/html; charset=UTF-8\r\n\r\n" + html);
        assertThat(mail.textBody()).contains("Texto profundo").endsWith("Final");
        int deepest = 0;
        for (Element element : Jsoup.parseBodyFragment(mail.htmlBody()).getAllElements()) {
            deepest = Math.max(deepest, element.parents().size());
        }
        assertThat(deepest).isLessThanOrEqualTo(HtmlDocuments.MAX_DEPTH + 2);
    }

    @Test
    void twoThousandLinksAllSurviveWithTheirText() {
        StringBuilder html = new StringBuilder("<p>Productos:</p>");
        for (int i = 0; i < 2_000; i++) {
            html.append("<a href=\"https://shop.example.com/p/").append(i).append("\">p").append(i).append("</a> ");
        }
        ParsedMail mail = parse(HEADERS + "Content-Type: text/html; charset=UTF-8\r\n\r\n" + html);
        assertThat(Jsoup.parseBodyFragment(mail.htmlBody()).select("a[rel=noopener noreferrer nofollow]"))
                .hasSize(2_000);
        assertThat(mail.textBody()).startsWith("Productos:\n\np0 p1 p2").endsWith("p1999");
    }

    @Test
    void multipartsNestedBeyondTheLimitAreCutNotRecursedInto() {
        StringBuilder mail = new StringBuilder(HEADERS + "Content-Type: multipart/mixed; boundary=\"b0\"\r\n\r\n"
                + "--b0\r\nContent-Type: text/plain\r\n\r\nnivel cero\r\n");
        int levels = 300;
        for (int i = 0; i < levels; i++) {
            mail.append("--b").append(i).append("\r\nContent-Type: multipart/mixed; boundary=\"b").append(i + 1)
                    .append("\"\r\n\r\n");
        }
        mail.append("--b").append(levels).append("\r\nContent-Type: text/plain\r\n\r\nfondo\r\n");
        for (int i = levels; i >= 0; i--) {
            mail.append("--b").append(i).append("--\r\n");
        }
        ParsedMail parsed = parse(mail.toString());
        assertThat(parsed.truncated()).isTrue();
        assertThat(parsed.textBody()).isEqualTo("nivel cero");
    }

    @Test
    void aThousandPartsStopAtTheLimit() {
        StringBuilder mail = new StringBuilder(HEADERS + "Content-Type: multipart/mixed; boundary=\"p\"\r\n\r\n");
        for (int i = 0; i < 1_000; i++) {
            mail.append("--p\r\nContent-Type: application/octet-stream; name=\"f").append(i)
                    .append(".bin\"\r\nContent-Disposition: attachment\r\n\r\nx\r\n");
        }
        mail.append("--p--\r\n");
        ParsedMail parsed = parse(mail.toString());
        assertThat(parsed.truncated()).isTrue();
        assertThat(parsed.attachments()).hasSize(BodyWalker.MAX_ATTACHMENTS);
    }

    @Test
    void nothingThatIsNotAMailIsParsed() {
        assertThatThrownBy(() -> parser.parse(new byte[0])).isInstanceOf(UnparseableMailException.class)
                .hasMessageContaining("empty");
        assertThatThrownBy(() -> parser.parse(null)).isInstanceOf(UnparseableMailException.class);
        assertThatThrownBy(() -> parser.parse(new byte[] { (byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0 }))
                .isInstanceOf(UnparseableMailException.class).hasMessageContaining("no mail header");
        assertThatThrownBy(() -> parser.parse("just some words\r\nwithout any header\r\n".getBytes()))
                .isInstanceOf(UnparseableMailException.class);
    }

    @Test
    void aMailWithHeadersOnlyHasEmptyTexts() {
        ParsedMail mail = parse(HEADERS);
        assertThat(mail.textBody()).isEmpty();
        assertThat(mail.newText()).isEmpty();
        assertThat(mail.quotedText()).isEmpty();
        assertThat(mail.htmlBody()).isNull();
        assertThat(mail.subject()).isEqualTo("Pedido 48213");
    }

    @Test
    void aSubjectCannotCarryLineBreaksOrControls() {
        ParsedMail mail = parse(HEADERS.replace("Subject: Pedido 48213",
                "Subject: =?UTF-8?Q?Pedido=0D=0ABcc:_x@y.z=E2=80=A8ok=E2=80=A9=1B[31m?=") + "\r\nHola");
        assertThat(mail.subject()).isEqualTo("Pedido Bcc: x@y.z ok [31m");
    }

    @Test
    void aMissingFromGivesNoSenderRatherThanAnError() {
        ParsedMail mail = parse("Subject: Sin remitente\r\n\r\nHola");
        assertThat(mail.from()).isNull();
        assertThat(mail.date()).isNull();
        assertThat(mail.messageId()).isNull();
        assertThat(mail.newText()).isEqualTo("Hola");
    }

    @Test
    void utf8TextWithoutCharsetLabelStaysUtf8AndLatinBytesBecomeWindows1252() {
        byte[] utf8 = (HEADERS + "\r\n¿Cuándo?").getBytes(StandardCharsets.UTF_8);
        assertThat(parser.parse(utf8).textBody()).isEqualTo("¿Cuándo?");
        byte[] head = HEADERS.replace("Subject: Pedido 48213", "Subject: x")
                .concat("Content-Type: text/plain; charset=utf-8\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] latin = "¿Cuándo? 20 €".getBytes(Charsets.WINDOWS_1252);
        byte[] raw = new byte[head.length + latin.length];
        System.arraycopy(head, 0, raw, 0, head.length);
        System.arraycopy(latin, 0, raw, head.length, latin.length);
        assertThat(parser.parse(raw).textBody()).as("labelled UTF-8, really windows-1252")
                .isEqualTo("¿Cuándo? 20 €");
    }

    @Test
    void oddTransferEncodingsAndParametersStillGiveTheText() {
        assertThat(parse(HEADERS + "Content-Type: text/plain; charset=\r\nContent-Transfer-Encoding: x-klingon"
                + "\r\n\r\nPedido listo").textBody()).isEqualTo("Pedido listo");
        assertThat(parse(HEADERS + "Content-Type: text/plain;;; charset=\"utf-8\r\nContent-Transfer-Encoding: base64"
                + "\r\n\r\nUGVkaWRvIGxpc3Rv!!!\r\n").textBody()).isEqualTo("Pedido listo");
        assertThat(parse(HEADERS + "Content-Type: garbage\r\n\r\nHola").attachments())
                .extracting(ParsedAttachment::filename).containsExactly("attachment-1.bin");
    }

    private ParsedMail parse(String raw) {
        return parser.parse(raw.getBytes(StandardCharsets.UTF_8));
    }
}
