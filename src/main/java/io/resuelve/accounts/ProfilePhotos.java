package io.resuelve.accounts;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

import io.resuelve.shared.DomainException;
import io.resuelve.shared.InvalidInputException;
import io.resuelve.shared.TooLargeException;
import io.resuelve.storage.ContentTypeSniffer;
import org.springframework.stereotype.Component;

/**
 * Turns an uploaded profile photo into a small PNG. The type is told from the bytes (raster formats only, never
 * SVG, which can carry scripts), the image must decode, is turned upright, scaled down to fit {@value #SIZE}×
 * {@value #SIZE} and re-encoded — which also drops metadata such as where the photo was taken.
 */
@Component
class ProfilePhotos {

    static final int MAX_BYTES = 5 * 1024 * 1024;
    static final int SIZE = 256;
    /** Decoding allocates every pixel up front, and a tiny file may claim to be enormous: ask first. */
    static final long MAX_PIXELS = 40_000_000L;

    private final ContentTypeSniffer sniffer;

    ProfilePhotos(ContentTypeSniffer sniffer) {
        this.sniffer = sniffer;
    }

    /**
     * The upload as a PNG of at most {@value #SIZE}×{@value #SIZE}, proportions kept, never enlarged.
     *
     * @throws TooLargeException     over {@value #MAX_BYTES} bytes
     * @throws InvalidInputException empty, not a raster image, too many pixels, or not decodable
     */
    byte[] toPng(InputStream upload) {
        byte[] bytes = readAtMost(upload, MAX_BYTES);
        if (bytes.length == 0) {
            throw new InvalidInputException("photo", "error.photo.missing");
        }
        String type = sniffer.sniff(bytes);
        if (!ContentTypeSniffer.isSafeInlineImage(type)) {
            throw new InvalidInputException("photo", "error.photo.notImage");
        }
        BufferedImage image = fit(decode(bytes, type), SIZE);
        if ("image/jpeg".equals(type)) {
            // Fitting into a square box gives the same size before or after turning, so turn the small image.
            image = JpegOrientation.upright(image, JpegOrientation.of(bytes));
        }
        return encode(image);
    }

    private static byte[] readAtMost(InputStream upload, int max) {
        try {
            byte[] bytes = upload.readNBytes(max + 1);
            if (bytes.length > max) {
                throw new TooLargeException("error.photo.tooLarge", max / (1024 * 1024));
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BufferedImage decode(byte[] bytes, String type) {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByMIMEType(type);
        if (!readers.hasNext()) {
            throw unreadable(); // e.g. WebP when no ImageIO plug-in for it is installed
        }
        ImageReader reader = readers.next();
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            reader.setInput(in, true, true);
            if ((long) reader.getWidth(0) * reader.getHeight(0) > MAX_PIXELS) {
                throw new InvalidInputException("photo", "error.photo.tooManyPixels", MAX_PIXELS / 1_000_000);
            }
            BufferedImage image = reader.read(0);
            if (image == null || image.getWidth() < 1 || image.getHeight() < 1) {
                throw unreadable();
            }
            return image;
        } catch (DomainException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // Decoders report damaged data with all sorts of exceptions; to the person it is one thing.
            throw unreadable();
        } finally {
            reader.dispose();
        }
    }

    /** Scales down in halving steps: one big bicubic step from a large photo looks grainy. */
    static BufferedImage fit(BufferedImage source, int box) {
        double scale = Math.min(1.0, Math.min((double) box / source.getWidth(), (double) box / source.getHeight()));
        int width = Math.max(1, (int) Math.round(source.getWidth() * scale));
        int height = Math.max(1, (int) Math.round(source.getHeight() * scale));
        int type = source.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
        BufferedImage current = source;
        int currentWidth = source.getWidth();
        int currentHeight = source.getHeight();
        do {
            currentWidth = Math.max(width, currentWidth / 2);
            currentHeight = Math.max(height, currentHeight / 2);
            current = draw(current, currentWidth, currentHeight, type);
        } while (currentWidth != width || currentHeight != height);
        return current;
    }

    private static BufferedImage draw(BufferedImage source, int width, int height, int type) {
        BufferedImage target = new BufferedImage(width, height, type);
        Graphics2D graphics = target.createGraphics();
        try {
            graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            graphics.drawImage(source, 0, 0, width, height, null);
        } finally {
            graphics.dispose();
        }
        return target;
    }

    private static byte[] encode(BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, "png", out)) {
                throw new IllegalStateException("No PNG writer");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static InvalidInputException unreadable() {
        return new InvalidInputException("photo", "error.photo.unreadable");
    }
}
