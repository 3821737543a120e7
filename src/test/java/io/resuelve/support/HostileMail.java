package io.resuelve.support;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The hostile mail of the e-mail issue: 2,000 links, HTML nested thousands of levels deep, 43 inline images and
 * megabytes of whitespace — built to make a parser, a sanitizer or a quote cutter spend its time or its stack.
 */
public final class HostileMail {

    /** A 1×1 PNG. */
    private static final byte[] PIXEL = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==");

    private HostileMail() {
    }

    /** The raw mail, from {@code from}, with a Message-ID unique to this call. */
    public static byte[] build(String from) {
        StringBuilder html = new StringBuilder(8 * 1024 * 1024);
        html.append("<html><body><p>Revisen esto urgente</p>");
        for (int i = 0; i < 2000; i++) {
            html.append("<a href=\"https://phish.example/").append(i).append("\" onclick=\"steal()\">enlace ")
                    .append(i).append("</a> ");
        }
        html.append("<div>".repeat(5000)).append("profundo").append("</div>".repeat(5000));
        for (int i = 0; i < 43; i++) {
            html.append("<img src=\"cid:img").append(i).append("@hostil\">");
        }
        html.append("<blockquote>".repeat(2000)).append("cita").append("</blockquote>".repeat(2000));
        html.append(" \t\r\n".repeat(750_000)); // 3 MB of whitespace
        html.append("<script>alert(1)</script></body></html>");

        StringBuilder mail = new StringBuilder(html.length() + 64 * 1024);
        mail.append("From: Hostil <").append(from).append(">\r\nTo: soporte@resuelve.local\r\n")
                .append("Subject: =?UTF-8?B?").append(Base64.getEncoder().encodeToString(
                        "¡¡¡Urgente!!! revise los enlaces".getBytes(StandardCharsets.UTF_8))).append("?=\r\n")
                .append("Message-ID: <hostil-").append(System.nanoTime()).append("@hostil.example>\r\n")
                .append("MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"h\"\r\n\r\n")
                .append("--h\r\nContent-Type: text/html; charset=UTF-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n")
                .append(html).append("\r\n");
        String image = Base64.getMimeEncoder().encodeToString(PIXEL);
        for (int i = 0; i < 43; i++) {
            mail.append("--h\r\nContent-Type: image/png\r\nContent-ID: <img").append(i).append("@hostil>\r\n")
                    .append("Content-Disposition: inline; filename=\"img").append(i).append(".png\"\r\n")
                    .append("Content-Transfer-Encoding: base64\r\n\r\n").append(image).append("\r\n");
        }
        mail.append("--h--\r\n");
        return mail.toString().getBytes(StandardCharsets.UTF_8);
    }
}
