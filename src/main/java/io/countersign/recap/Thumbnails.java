package io.countersign.recap;

import io.countersign.CountersignException;
import io.countersign.pi.ProductImage;
import io.countersign.render.ExifPixels;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Iterator;
import java.util.Locale;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

/**
 * Scales a product picture down to a thumbnail that fits {@value #BOX} × {@value #BOX} pixels
 * (never up), turned upright by its EXIF orientation, transparency laid on white, as a JPEG.
 * The scaling is a plain box filter written out here rather than Java2D's, so the same picture
 * gives the same bytes on every machine.
 */
final class Thumbnails {
    static final int BOX = 160;
    private static final float QUALITY = 0.85f;
    /** The decoder skips pixels down to at least this many times the thumbnail size, so large photos decode fast. */
    private static final int OVERSAMPLE = 4;

    private Thumbnails() {
    }

    static Thumbnail of(ProductImage image, String fileName) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(image.file());
        } catch (IOException e) {
            throw new CountersignException("cannot read picture " + image.file() + " for the recap: " + e.getMessage(), e);
        }
        boolean quarter = image.rotatesQuarter();
        int shownW = quarter ? image.pixelHeight() : image.pixelWidth();
        int shownH = quarter ? image.pixelWidth() : image.pixelHeight();
        double scale = Math.min(1.0, (double) BOX / Math.max(shownW, shownH));
        int w = Math.max(1, (int) Math.round(shownW * scale));
        int h = Math.max(1, (int) Math.round(shownH * scale));
        int step = Math.max(1, (int) Math.floor(1.0 / (scale * OVERSAMPLE)));
        BufferedImage decoded = decode(image, bytes, step);
        BufferedImage small = scaled(decoded, image.exifOrientation(), w, h);
        return new Thumbnail("thumb-" + image.sha256().substring(0, 16) + "@countersign.invalid", fileName, jpeg(small), w, h);
    }

    private static BufferedImage decode(ProductImage image, byte[] bytes, int step) {
        String format = image.format().name().toLowerCase(Locale.ROOT);
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
        if (!readers.hasNext()) {
            throw new CountersignException("this Java runtime cannot read " + format + " pictures");
        }
        ImageReader reader = readers.next();
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            reader.setInput(in, true, true);
            ImageReadParam param = reader.getDefaultReadParam();
            param.setSourceSubsampling(step, step, 0, 0);
            return reader.read(0, param);
        } catch (IOException | RuntimeException e) {
            throw new CountersignException("cannot decode picture " + image.file() + " for the recap: " + e.getMessage(), e);
        } finally {
            reader.dispose();
        }
    }

    /**
     * The picture as shown ({@code orientation} applied) and averaged down to {@code w} × {@code h}:
     * each thumbnail pixel is the mean of the source pixels its area covers, on white.
     */
    static BufferedImage scaled(BufferedImage source, int orientation, int w, int h) {
        int sw = source.getWidth();
        int sh = source.getHeight();
        int[] argb = source.getRGB(0, 0, sw, sh, null, 0, sw);
        boolean quarter = ExifPixels.swapsSides(orientation);
        int shownW = quarter ? sh : sw;
        int shownH = quarter ? sw : sh;
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int ty = 0; ty < h; ty++) {
            int y0 = ty * shownH / h;
            int y1 = Math.max(y0 + 1, (ty + 1) * shownH / h);
            for (int tx = 0; tx < w; tx++) {
                int x0 = tx * shownW / w;
                int x1 = Math.max(x0 + 1, (tx + 1) * shownW / w);
                long r = 0;
                long g = 0;
                long b = 0;
                for (int y = y0; y < y1; y++) {
                    for (int x = x0; x < x1; x++) {
                        int p = argb[ExifPixels.storedIndex(orientation, x, y, sw, sh)];
                        int a = p >>> 24;
                        r += onWhite(p >> 16 & 0xFF, a);
                        g += onWhite(p >> 8 & 0xFF, a);
                        b += onWhite(p & 0xFF, a);
                    }
                }
                long n = (long) (x1 - x0) * (y1 - y0);
                out.setRGB(tx, ty, (int) ((r + n / 2) / n) << 16 | (int) ((g + n / 2) / n) << 8 | (int) ((b + n / 2) / n));
            }
        }
        return out;
    }


    private static byte[] jpeg(BufferedImage image) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(QUALITY);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new CountersignException("cannot encode a recap thumbnail: " + e.getMessage(), e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    private static int onWhite(int channel, int alpha) {
        return (channel * alpha + 255 * (255 - alpha) + 127) / 255;
    }
}
