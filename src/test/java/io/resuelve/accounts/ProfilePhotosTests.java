package io.resuelve.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;

import javax.imageio.ImageIO;

import io.resuelve.shared.InvalidInputException;
import io.resuelve.shared.TooLargeException;
import io.resuelve.storage.ContentTypeSniffer;
import org.junit.jupiter.api.Test;

/** Profile photos: judged by their bytes, decoded, turned upright, scaled to fit 256×256 and stored as PNG. */
class ProfilePhotosTests {

    private final ProfilePhotos photos = new ProfilePhotos(new ContentTypeSniffer());

    @Test
    void aWidePngIsScaledToFitKeepingItsProportions() throws IOException {
        byte[] png = photos.toPng(in(encode(picture(1000, 500, BufferedImage.TYPE_INT_RGB), "png")));

        BufferedImage result = decodePng(png);
        assertThat(result.getWidth()).isEqualTo(256);
        assertThat(result.getHeight()).isEqualTo(128);
    }

    @Test
    void aSmallGifIsNotEnlargedAndKeepsItsTransparency() throws IOException {
        BufferedImage small = new BufferedImage(100, 40, BufferedImage.TYPE_INT_ARGB); // fully transparent
        byte[] png = photos.toPng(in(encode(small, "png")));

        BufferedImage result = decodePng(png);
        assertThat(result.getWidth()).isEqualTo(100);
        assertThat(result.getHeight()).isEqualTo(40);
        assertThat(result.getRGB(10, 10) >>> 24).as("alpha").isZero();

        BufferedImage gif = decodePng(photos.toPng(in(encode(picture(120, 300, BufferedImage.TYPE_INT_RGB), "gif"))));
        assertThat(gif.getWidth()).isEqualTo(102);
        assertThat(gif.getHeight()).isEqualTo(256);
    }

    @Test
    void aPortraitPhotoFromAPhoneIsTurnedUpright() throws IOException {
        // Stored lying on its side (200×100, red on the left) with EXIF orientation 6: "turn 90° clockwise".
        byte[] jpeg = withExifOrientation(encode(picture(200, 100, BufferedImage.TYPE_INT_RGB), "jpg"), 6);
        assertThat(JpegOrientation.of(jpeg)).isEqualTo(6);

        BufferedImage result = decodePng(photos.toPng(in(jpeg)));
        assertThat(result.getWidth()).isEqualTo(100);
        assertThat(result.getHeight()).isEqualTo(200);
        assertThat(new Color(result.getRGB(50, 20)).getRed()).as("red on top").isGreaterThan(200);
        assertThat(new Color(result.getRGB(50, 180)).getBlue()).as("blue below").isGreaterThan(200);
    }

    @Test
    void anSvgIsRefusedEvenThoughBrowsersShowIt() {
        byte[] svg = """
                <svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">
                  <script>alert(document.cookie)</script><rect width="10" height="10"/>
                </svg>""".getBytes(StandardCharsets.UTF_8);

        assertRefused(svg, "error.photo.notImage");
    }

    @Test
    void aTextFileNamedLikeAPngIsRefused() {
        // The name never reaches this class: only the bytes count.
        assertRefused("Hola, esto no es una foto.\n".getBytes(StandardCharsets.UTF_8), "error.photo.notImage");
    }

    @Test
    void aCorruptPngIsRefused() throws IOException {
        byte[] png = encode(picture(300, 200, BufferedImage.TYPE_INT_RGB), "png");
        byte[] corrupt = Arrays.copyOf(png, png.length);
        Arrays.fill(corrupt, 41, corrupt.length, (byte) 0x5A); // signature and header intact, pixel data garbage

        assertRefused(corrupt, "error.photo.unreadable");
        assertRefused(Arrays.copyOf(png, 60), "error.photo.unreadable");
    }

    @Test
    void aPngThatClaimsToBeHugeIsRefusedBeforeDecoding() {
        assertRefused(pngHeaderOnly(30_000, 30_000), "error.photo.tooManyPixels");
    }

    @Test
    void anEmptyUploadAsksForAnImage() {
        assertRefused(new byte[0], "error.photo.missing");
    }

    @Test
    void anUploadOverFiveMegabytesIsRefused() throws IOException {
        byte[] png = encode(picture(10, 10, BufferedImage.TYPE_INT_RGB), "png");
        byte[] large = Arrays.copyOf(png, ProfilePhotos.MAX_BYTES + 1);

        assertThatThrownBy(() -> photos.toPng(in(large))).isInstanceOfSatisfying(TooLargeException.class, e -> {
            assertThat(e.messageKey()).isEqualTo("error.photo.tooLarge");
            assertThat(e.arguments()).containsExactly(5);
        });
    }

    private void assertRefused(byte[] upload, String messageKey) {
        assertThatThrownBy(() -> photos.toPng(in(upload))).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.messageKey()).isEqualTo(messageKey);
            assertThat(e.field()).isEqualTo("photo");
        });
    }

    /** Red left half, blue right half. */
    private static BufferedImage picture(int width, int height, int type) {
        BufferedImage image = new BufferedImage(width, height, type);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(Color.RED);
        graphics.fillRect(0, 0, width / 2, height);
        graphics.setColor(Color.BLUE);
        graphics.fillRect(width / 2, 0, width - width / 2, height);
        graphics.dispose();
        return image;
    }

    private static byte[] encode(BufferedImage image, String format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(ImageIO.write(image, format, out)).isTrue();
        return out.toByteArray();
    }

    private static BufferedImage decodePng(byte[] png) throws IOException {
        assertThat(Arrays.copyOf(png, 8)).containsExactly(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A);
        return ImageIO.read(new ByteArrayInputStream(png));
    }

    private static ByteArrayInputStream in(byte[] bytes) {
        return new ByteArrayInputStream(bytes);
    }

    /** A JPEG with an EXIF segment (big-endian TIFF, one IFD entry: Orientation) right after start-of-image. */
    private static byte[] withExifOrientation(byte[] jpeg, int orientation) {
        ByteBuffer tiff = ByteBuffer.allocate(26);
        tiff.put((byte) 'M').put((byte) 'M').putShort((short) 42).putInt(8);
        tiff.putShort((short) 1).putShort((short) 0x0112).putShort((short) 3).putInt(1)
                .putShort((short) orientation).putShort((short) 0);
        tiff.putInt(0);
        ByteBuffer segment = ByteBuffer.allocate(2 + 2 + 6 + 26);
        segment.put((byte) 0xFF).put((byte) 0xE1).putShort((short) (2 + 6 + 26))
                .put("Exif".getBytes(StandardCharsets.US_ASCII)).put((byte) 0).put((byte) 0).put(tiff.array());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        out.writeBytes(segment.array());
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    /** A PNG signature and a header chunk announcing the given size, and nothing else. */
    private static byte[] pngHeaderOnly(int width, int height) {
        ByteBuffer header = ByteBuffer.allocate(17);
        header.put("IHDR".getBytes(StandardCharsets.US_ASCII)).putInt(width).putInt(height)
                .put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
        CRC32 crc = new CRC32();
        crc.update(header.array());
        return ByteBuffer.allocate(8 + 4 + 17 + 4)
                .put(new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A })
                .putInt(13).put(header.array()).putInt((int) crc.getValue()).array();
    }
}
