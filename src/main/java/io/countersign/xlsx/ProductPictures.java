package io.countersign.xlsx;

import io.countersign.CountersignException;
import io.countersign.pi.ProductImage;
import io.countersign.render.ExifPixels;
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
        return ExifPixels.upright(src, orientation);
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
