package io.countersign.xlsx;

import io.countersign.CountersignException;
import io.countersign.pi.ProductImage;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * The product pictures of one workbook, each distinct picture (by content hash) added once.
 * JPEG and PNG bytes go in exactly as read. Spreadsheet programs ignore a JPEG's EXIF
 * orientation, so a picture whose orientation is not upright (1) is decoded, turned upright and
 * added as a lossless PNG instead; if the JDK cannot decode it (e.g. a CMYK JPEG) it goes in as
 * read, shown as stored.
 */
final class ProductPictures {

    /** A picture in the workbook: its number and the pixel size as shown. */
    record Added(int picture, int width, int height) {
    }

    private final StreamedPictures pictures;
    private final Map<String, Added> added = new HashMap<>();

    ProductPictures(StreamedPictures pictures) {
        this.pictures = pictures;
    }

    Added add(ProductImage image) {
        return added.computeIfAbsent(image.sha256(), k -> load(image));
    }

    private Added load(ProductImage image) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(image.file());
        } catch (IOException e) {
            throw new CountersignException("cannot read picture " + image.file() + ": " + e.getMessage(), e);
        }
        boolean jpeg = image.format() == ProductImage.Format.JPEG;
        if (jpeg && image.exifOrientation() != 1) {
            BufferedImage upright = upright(bytes, image.exifOrientation());
            if (upright != null) {
                return new Added(pictures.add(png(upright), "png"), upright.getWidth(), upright.getHeight());
            }
        }
        // as stored: upright, a PNG, or a sideways JPEG the JDK cannot decode
        return new Added(pictures.add(bytes, jpeg ? "jpeg" : "png"), image.pixelWidth(), image.pixelHeight());
    }

    /** The decoded picture turned as EXIF orientation 2–8 says, or null when the JDK cannot decode it. */
    static BufferedImage upright(byte[] jpeg, int orientation) {
        BufferedImage src;
        try {
            src = ImageIO.read(new ByteArrayInputStream(jpeg));
        } catch (IOException | RuntimeException e) {
            return null;
        }
        if (src == null) {
            return null;
        }
        int w = src.getWidth();
        int h = src.getHeight();
        boolean quarter = orientation >= 5 && orientation <= 8;
        BufferedImage dst = new BufferedImage(quarter ? h : w, quarter ? w : h, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < dst.getHeight(); y++) {
            for (int x = 0; x < dst.getWidth(); x++) {
                int sx;
                int sy;
                switch (orientation) {
                    case 2 -> { sx = w - 1 - x; sy = y; }
                    case 3 -> { sx = w - 1 - x; sy = h - 1 - y; }
                    case 4 -> { sx = x; sy = h - 1 - y; }
                    case 5 -> { sx = y; sy = x; }
                    case 6 -> { sx = y; sy = h - 1 - x; }
                    case 7 -> { sx = w - 1 - y; sy = h - 1 - x; }
                    case 8 -> { sx = w - 1 - y; sy = x; }
                    default -> { sx = x; sy = y; }
                }
                dst.setRGB(x, y, src.getRGB(sx, sy));
            }
        }
        return dst;
    }

    private static byte[] png(BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new CountersignException("cannot encode a turned picture as PNG: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }
}
