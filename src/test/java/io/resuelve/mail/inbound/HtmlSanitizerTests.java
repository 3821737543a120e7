package io.resuelve.mail.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The allow-list lets formatting through and nothing that runs, hides, navigates or phones home. */
class HtmlSanitizerTests {

    @ParameterizedTest
    @ValueSource(strings = {
            "<img src=x onerror=\"alert(1)\">",
            "<a href=\"javascript:alert(1)\">x</a>",
            "<a href=\"JAVASCRIPT:alert(1)\">x</a>",
            "<a href=\"java&#x09;script:alert(1)\">x</a>",
            "<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;:alert(1)\">x</a>",
            "<a href=\" javascript:alert(1)\">x</a>",
            "<a href=\"vbscript:msgbox(1)\">x</a>",
            "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">x</a>",
            "<img src=\"data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=\">",
            "<svg onload=\"alert(1)\"><circle r=\"1\"/></svg>",
            "<iframe src=\"https://evil.example/\"></iframe>",
            "<form action=\"https://evil.example/\"><input name=\"p\"></form>",
            "<base href=\"https://evil.example/\"><a href=\"x\">x</a><img src=\"y\">",
            "<meta http-equiv=\"refresh\" content=\"0;url=https://evil.example/\">",
            "<link rel=\"stylesheet\" href=\"https://evil.example/a.css\">",
            "<style>body{display:none}</style>",
            "<div style=\"display:none\">oculto</div>",
            "<p style=\"position:fixed;top:0;left:0;width:100%;height:100%\">encima</p>",
            "<script>alert(1)</script>",
            "<object data=\"https://evil.example/x.swf\"></object><embed src=\"https://evil.example/x.swf\">",
            "<body onload=\"alert(1)\">hola</body>",
            "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>",
            "<a href=\"https://ok.example/\" onmouseover=\"alert(1)\">x</a>",
            "<img src=\"https://ok.example/a.png\" data-remote-src=\"javascript:alert(1)\">",
            "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></noscript>" })
    void nothingActiveSurvives(String html) {
        String clean = HtmlSanitizer.sanitize(html).toLowerCase();
        assertThat(clean).doesNotContain("javascript", "vbscript", "data:", "onerror", "onload", "onmouseover",
                "<script", "<svg", "<iframe", "<form", "<input", "<base", "<meta", "<link", "<style", "style=",
                "<object", "<embed", "evil.example", "alert(1)\"", "src=\"x\"", "href=\"x\"");
        assertThat(clean).doesNotContainPattern("<img[^>]* src=\"(?!cid:|https?:)");
    }

    @Test
    void formattingListsTablesAndLinksSurvive() {
        String clean = HtmlSanitizer.sanitize("<h2>Pedido</h2><p><b>48213</b> <i>urgente</i><br>ruta 1</p>"
                + "<ul><li>uno</li></ul><ol start=\"2\"><li>dos</li></ol><blockquote>cita</blockquote>"
                + "<table><tr><td colspan=\"2\">celda</td></tr></table>"
                + "<a href=\"https://erp.example.com/p/1\" title=\"ERP\">ERP</a> <a href=\"mailto:a@x.com\">a</a>");
        assertThat(clean).contains("<h2>Pedido</h2>", "<b>48213</b>", "<i>urgente</i><br>", "<ul><li>uno</li></ul>",
                "<ol start=\"2\">", "<blockquote>cita</blockquote>", "<td colspan=\"2\">celda</td>",
                "<a href=\"https://erp.example.com/p/1\" title=\"ERP\" rel=\"noopener noreferrer nofollow\" "
                        + "target=\"_blank\">ERP</a>",
                "href=\"mailto:a@x.com\"");
    }

    @Test
    void remoteImagesAreKeptButNotLoaded() {
        String clean = HtmlSanitizer.sanitize("<img src=\"https://tracker.example/p.gif\" alt=\"logo\" width=\"1\">");
        assertThat(clean).isEqualTo("<img alt=\"logo\" width=\"1\" data-remote-src=\"https://tracker.example/p.gif\">");
    }

    @Test
    void cidImagesAreMappedByTheCaller() {
        Map<String, String> urls = Map.of("ii_1102", "/adjuntos/17");
        String clean = HtmlSanitizer.sanitize("<img src=\"cid:ii_1102\" alt=\"captura\"><img src=\"cid:unknown\">",
                urls::get);
        assertThat(clean).isEqualTo("<img src=\"/adjuntos/17\" alt=\"captura\">");
        assertThat(HtmlSanitizer.sanitize("<img src=\"CID:ii_1102\">")).isEqualTo("<img src=\"cid:ii_1102\">");
    }

    @Test
    void sanitizingTwiceChangesNothing() {
        String once = HtmlSanitizer.sanitize("<p onclick=\"x()\">Hola <a href=\"https://a.example/\">a</a>"
                + "<img src=\"https://a.example/i.png\"><img src=\"cid:c1\"></p>");
        assertThat(HtmlSanitizer.sanitize(once)).isEqualTo(once);
    }

    @Test
    void nullAndPlainTextAreHandled() {
        assertThat(HtmlSanitizer.sanitize(null)).isEmpty();
        assertThat(HtmlSanitizer.sanitize("a < b & c")).isEqualTo("a &lt; b &amp; c");
    }
}
