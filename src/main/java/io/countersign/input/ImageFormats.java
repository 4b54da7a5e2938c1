package io.countersign.input;

import io.countersign.pi.ProductImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/** Recognises JPEG and PNG by their first bytes and reads them with ImageIO: the header alone, or the whole picture. */
final class ImageFormats {
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};

    /** Pixel size as stored in the file. */
    record Dimensions(int width, int height) {
    }

    private ImageFormats() {
    }

    static Optional<ProductImage.Format> sniff(byte[] bytes) {
        if (startsWith(bytes, PNG)) {
            return Optional.of(ProductImage.Format.PNG);
        }
        if (startsWith(bytes, JPEG)) {
            return Optional.of(ProductImage.Format.JPEG);
        }
        return Optional.empty();
    }

    /** A guess at what a file that is not JPEG or PNG is, for the message. */
    static Optional<String> describe(byte[] b) {
        String head = new String(b, 0, Math.min(b.length, 12), java.nio.charset.StandardCharsets.ISO_8859_1);
        if (head.startsWith("GIF8")) {
            return Optional.of("a GIF");
        }
        if (head.startsWith("RIFF") && head.startsWith("WEBP", 8)) {
            return Optional.of("a WebP picture");
        }
        if (head.startsWith("ftyp", 4) && (head.startsWith("heic", 8) || head.startsWith("heix", 8) || head.startsWith("mif1", 8))) {
            return Optional.of("a HEIC picture from a phone");
        }
        if (head.startsWith("%PDF")) {
            return Optional.of("a PDF");
        }
        if (head.startsWith("BM")) {
            return Optional.of("a BMP");
        }
        if (head.startsWith("II*\0") || head.startsWith("MM\0*")) {
            return Optional.of("a TIFF");
        }
        if (head.startsWith("<")) {
            return Optional.of("HTML, XML or SVG text");
        }
        if (head.chars().allMatch(c -> c == '\t' || c == '\n' || c == '\r' || c >= 0x20 && c < 0x7F)) {
            return Optional.of("a text file");
        }
        return Optional.empty();
    }

    /** The pixel size from the header only, without decoding pixels; empty when the header cannot be read. */
    static Optional<Dimensions> dimensions(byte[] bytes, ProductImage.Format format) {
        ImageReader reader = reader(format);
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            reader.setInput(in, true, true);
            return Optional.of(new Dimensions(reader.getWidth(0), reader.getHeight(0)));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        } finally {
            reader.dispose();
        }
    }

    /** Decodes the whole picture once; empty when it decodes cleanly, else what went wrong. Any decoder warning counts as damage. */
    static Optional<String> decodeProblem(byte[] bytes, ProductImage.Format format) {
        ImageReader reader = reader(format);
        List<String> warnings = new ArrayList<>();
        reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            reader.setInput(in, true, true);
            if (reader.read(0) == null) {
                return Optional.of("it decodes to nothing");
            }
            return warnings.isEmpty() ? Optional.empty() : Optional.of(plain(warnings.get(0)));
        } catch (IOException | RuntimeException e) {
            return Optional.of(e.getMessage() == null ? "it cannot be decoded" : plain(e.getMessage()));
        } finally {
            reader.dispose();
        }
    }

    private static String plain(String decoderMessage) {
        String m = decoderMessage.strip();
        return m.isEmpty() || m.contains("Exception") || m.contains("java.") ? "it cannot be decoded"
                : Character.toLowerCase(m.charAt(0)) + m.substring(1);
    }

    private static ImageReader reader(ProductImage.Format format) {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format == ProductImage.Format.JPEG ? "jpeg" : "png");
        if (!readers.hasNext()) {
            throw new IllegalStateException("this Java runtime has no ImageIO reader for " + format);
        }
        return readers.next();
    }

    /** True when {@code bytes} begin with {@code prefix}: how file formats are told apart by content. */
    static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
