package io.resuelve.accounts;

import java.awt.image.BufferedImage;

/**
 * The EXIF orientation of a JPEG. Phone cameras store the pixels as the sensor saw them and record how to turn
 * them; ImageIO ignores that, so without this a portrait photo would show up lying on its side.
 */
final class JpegOrientation {

    private static final int APP1 = 0xE1;
    private static final int START_OF_SCAN = 0xDA;
    private static final int ORIENTATION_TAG = 0x0112;

    private JpegOrientation() {
    }

    /** The orientation, 1 (as stored) to 8; 1 when absent or unreadable. */
    static int of(byte[] jpeg) {
        int at = 2; // after the start-of-image marker
        while (at + 4 <= jpeg.length && (jpeg[at] & 0xFF) == 0xFF) {
            int marker = jpeg[at + 1] & 0xFF;
            int length = unsigned16(jpeg, at + 2, true);
            int end = at + 2 + length;
            if (marker == START_OF_SCAN || length < 2 || end > jpeg.length) {
                return 1;
            }
            if (marker == APP1 && length >= 16 && jpeg[at + 4] == 'E' && jpeg[at + 5] == 'x' && jpeg[at + 6] == 'i'
                    && jpeg[at + 7] == 'f' && jpeg[at + 8] == 0 && jpeg[at + 9] == 0) {
                return fromTiff(jpeg, at + 10, end);
            }
            at = end;
        }
        return 1;
    }

    private static int fromTiff(byte[] data, int tiff, int end) {
        boolean bigEndian;
        if (data[tiff] == 'M' && data[tiff + 1] == 'M') {
            bigEndian = true;
        } else if (data[tiff] == 'I' && data[tiff + 1] == 'I') {
            bigEndian = false;
        } else {
            return 1;
        }
        long ifd = tiff + unsigned32(data, tiff + 4, bigEndian);
        if (ifd + 2 > end) {
            return 1;
        }
        int entries = unsigned16(data, (int) ifd, bigEndian);
        for (int n = 0; n < entries; n++) {
            int entry = (int) ifd + 2 + n * 12;
            if (entry + 12 > end) {
                return 1;
            }
            if (unsigned16(data, entry, bigEndian) == ORIENTATION_TAG) {
                int value = unsigned16(data, entry + 8, bigEndian); // a SHORT sits at the start of the value field
                return value >= 1 && value <= 8 ? value : 1;
            }
        }
        return 1;
    }

    /** The image turned and mirrored as its orientation says, so that it shows upright. */
    static BufferedImage upright(BufferedImage image, int orientation) {
        if (orientation <= 1 || orientation > 8) {
            return image;
        }
        int w = image.getWidth();
        int h = image.getHeight();
        boolean swaps = orientation >= 5;
        BufferedImage target = new BufferedImage(swaps ? h : w, swaps ? w : h, image.getType());
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int rgb = image.getRGB(x, y);
                switch (orientation) {
                    case 2 -> target.setRGB(w - 1 - x, y, rgb);
                    case 3 -> target.setRGB(w - 1 - x, h - 1 - y, rgb);
                    case 4 -> target.setRGB(x, h - 1 - y, rgb);
                    case 5 -> target.setRGB(y, x, rgb);
                    case 6 -> target.setRGB(h - 1 - y, x, rgb);
                    case 7 -> target.setRGB(h - 1 - y, w - 1 - x, rgb);
                    default -> target.setRGB(y, w - 1 - x, rgb);
                }
            }
        }
        return target;
    }

    private static int unsigned16(byte[] data, int at, boolean bigEndian) {
        int first = data[at] & 0xFF;
        int second = data[at + 1] & 0xFF;
        return bigEndian ? first << 8 | second : second << 8 | first;
    }

    private static long unsigned32(byte[] data, int at, boolean bigEndian) {
        long high = unsigned16(data, bigEndian ? at : at + 2, bigEndian);
        long low = unsigned16(data, bigEndian ? at + 2 : at, bigEndian);
        return high << 16 | low;
    }
}
