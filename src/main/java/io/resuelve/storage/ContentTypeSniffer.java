package io.resuelve.storage;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;

import org.apache.tika.Tika;
import org.springframework.stereotype.Component;

/** Tells a file's media type from its bytes (magic numbers), never from the name or type the client claims. */
@Component
public class ContentTypeSniffer {

    private final Tika tika = new Tika();

    public String sniff(InputStream content) throws IOException {
        return tika.detect(new BufferedInputStream(content));
    }

    public String sniff(byte[] content) {
        return tika.detect(content);
    }

    /** Whether browsers may render this type inline without risk (raster images only; never SVG or HTML). */
    public static boolean isSafeInlineImage(String contentType) {
        return switch (contentType) {
            case "image/png", "image/jpeg", "image/gif", "image/webp", "image/bmp" -> true;
            default -> false;
        };
    }
}
