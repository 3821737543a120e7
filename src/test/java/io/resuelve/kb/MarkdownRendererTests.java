package io.resuelve.kb;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Articles are Markdown written by staff and shown to everyone: formatting survives, anything active does not. */
class MarkdownRendererTests {

    @Test
    void formattingListsTablesAndCodeAreRendered() {
        String html = MarkdownRenderer.render("""
                ## Pasos

                1. Abra **Ruta Web**
                2. Pulse `Guardar`

                | Código | Causa |
                |---|---|
                | 401 | Sesión vencida |

                ~~antes~~
                """);
        assertThat(html).contains("<h2>Pasos</h2>", "<ol>", "<strong>Ruta Web</strong>", "<code>Guardar</code>",
                "<table class=\"table table-sm\">", "<td>Sesión vencida</td>", "<del>antes</del>");
    }

    @Test
    void scriptsStylesAndEventHandlersAreRemoved() {
        String html = MarkdownRenderer.render("""
                Hola <script>alert('x')</script>

                <img src="/ayuda/archivos/1" onerror="alert(1)">

                <div style="position:fixed" onclick="steal()">texto</div>

                <iframe src="https://evil.example"></iframe>
                """);
        assertThat(html).doesNotContainIgnoringCase("<script").doesNotContain("alert(")
                .doesNotContain("onerror").doesNotContain("onclick").doesNotContain("style=")
                .doesNotContainIgnoringCase("<iframe");
        assertThat(html).contains("texto").contains("src=\"/ayuda/archivos/1\"");
    }

    @Test
    void javascriptAndDataLinksAreStripped() {
        String html = MarkdownRenderer.render("""
                [clic](javascript:alert(1)) y <a href="JaVaScRiPt:alert(2)">otro</a> y [datos](data:text/html,x)
                """);
        assertThat(html).doesNotContainIgnoringCase("javascript:").doesNotContain("data:text");
        assertThat(html).contains("clic").contains("otro").contains("datos");
    }

    @Test
    void relativeLinksStayAndExternalLinksOpenApartWithoutReferrer() {
        String html = MarkdownRenderer.render("Vea [el otro artículo](/ayuda/articulos/7) o [la DIAN](https://www.dian.gov.co).");
        assertThat(html).contains("<a href=\"/ayuda/articulos/7\">el otro artículo</a>");
        assertThat(html).contains("href=\"https://www.dian.gov.co\"", "rel=\"noopener noreferrer nofollow\"",
                "target=\"_blank\"");
    }

    @Test
    void uploadedImagesShowAndRemoteImagesBecomeLinks() {
        String html = MarkdownRenderer.render("![captura](/ayuda/archivos/3) ![remota](https://img.example/x.png)");
        assertThat(html).contains("<img src=\"/ayuda/archivos/3\" alt=\"captura\"").contains("img-fluid");
        assertThat(html).doesNotContain("<img src=\"https://img.example");
        assertThat(html).contains("<a href=\"https://img.example/x.png\"").contains(">remota</a>");
    }

    @Test
    void nothingInNothingOut() {
        assertThat(MarkdownRenderer.render(null)).isEmpty();
        assertThat(MarkdownRenderer.render("   ")).isEmpty();
    }
}
