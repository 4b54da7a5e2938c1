package io.countersign.render;

import java.awt.image.BufferedImage;

/**
 * Turning stored pixels upright by their EXIF orientation (1–8), for outputs that cannot apply it
 * with a drawing matrix as the PDF does: spreadsheet pictures and email thumbnails ignore EXIF.
 */
public final class ExifPixels {
    private ExifPixels() {
    }

    /** True for orientations 5–8, which swap width and height. */
    public static boolean swapsSides(int orientation) {
        return orientation >= 5 && orientation <= 8;
    }

    /** The index in the stored pixels ({@code sw} × {@code sh}, row by row) of the pixel shown at ({@code x}, {@code y}). */
    public static int storedIndex(int orientation, int x, int y, int sw, int sh) {
        return switch (orientation) {
            case 2 -> y * sw + (sw - 1 - x);
            case 3 -> (sh - 1 - y) * sw + (sw - 1 - x);
            case 4 -> (sh - 1 - y) * sw + x;
            case 5 -> x * sw + y;
            case 6 -> (sh - 1 - x) * sw + y;
            case 7 -> (sh - 1 - x) * sw + (sw - 1 - y);
            case 8 -> x * sw + (sw - 1 - y);
            default -> y * sw + x;
        };
    }

    /** A new RGB image of the picture as shown. */
    public static BufferedImage upright(BufferedImage stored, int orientation) {
        int sw = stored.getWidth();
        int sh = stored.getHeight();
        int[] argb = stored.getRGB(0, 0, sw, sh, null, 0, sw);
        boolean swap = swapsSides(orientation);
        int w = swap ? sh : sw;
        int h = swap ? sw : sh;
        int[] shown = new int[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                shown[y * w + x] = argb[storedIndex(orientation, x, y, sw, sh)];
            }
        }
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        out.setRGB(0, 0, w, h, shown, 0, w);
        return out;
    }
}
