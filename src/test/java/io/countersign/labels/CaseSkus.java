package io.countersign.labels;

import io.countersign.core.Sha256;
import io.countersign.gs1.Gtin;
import io.countersign.pi.CartonSize;
import io.countersign.pi.ProductImage;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;

/**
 * SKUs of the paper-box case built directly (not read from a file), options with a fixed issue
 * time, and sheets rendered once per JVM for the tests that only look at them.
 */
final class CaseSkus {
    static final Instant ISSUED_AT = Instant.parse("2026-08-15T09:30:00Z");
    static final Path IMAGES = Path.of("samples", "pi", "images");
    static final SheetRenderer RENDERER = new SheetRenderer("countersign test");
    /** KB-5A's UPC-A and the GTIN-14 of its carton of 24 (indicator 1). */
    static final Gtin UPC = Gtin.parse("084631001018");
    static final Gtin CARTON_GTIN = Gtin.parse("10084631001015");

    private static final Map<String, RenderedSheet> CACHE = new HashMap<>();

    private CaseSkus() {
    }

    static LabelOptions options() {
        return options("en", 1.0);
    }

    static LabelOptions options(String language, double upcMagnification) {
        return new LabelOptions(language, upcMagnification, ItfPrint.DIRECT, 0.625, ISSUED_AT, Optional.empty());
    }

    /** KB-5A with a sticker of the given size and layout, its picture, no line drawing. */
    static Sku sticker(String widthMm, String heightMm, StickerLayout layout) {
        return kb5a(new StickerSpec(new BigDecimal(widthMm), new BigDecimal(heightMm), layout), Optional.empty());
    }

    /** KB-5A on its 60 × 40 × 45 cm carton of 24, with {@code drawing}. */
    static Sku carton(Optional<LineDrawing> drawing) {
        return kb5a(new StickerSpec(new BigDecimal("50"), new BigDecimal("40"), StickerLayout.STANDARD), drawing);
    }

    static Sku kb5a(StickerSpec sticker, Optional<LineDrawing> drawing) {
        return new Sku(2, "KB-5A", "100234", "Nested kraft box, set of 5, natural", UPC, sticker,
                Optional.of(picture("kb-5a.jpg")), 24,
                new CartonSize(new BigDecimal("60"), new BigDecimal("40"), new BigDecimal("45")),
                new BigDecimal("12.5"), new BigDecimal("13.8"), CARTON_GTIN,
                new ShippingMarks("M&F", "PO 4500012345", "LOS ANGELES", 120), drawing,
                List.of(new PrintColour("PANTONE 469 C", "#6B4E2E"), new PrintColour("PANTONE Black C", "#2D2926")));
    }

    /** A picture of samples/pi/images, measured and hashed as the input reader does. */
    static ProductImage picture(String name) {
        Path file = IMAGES.resolve(name).toAbsolutePath();
        try {
            byte[] bytes = Files.readAllBytes(file);
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
            ProductImage.Format format = name.endsWith(".png") ? ProductImage.Format.PNG : ProductImage.Format.JPEG;
            return new ProductImage(file, format, image.getWidth(), image.getHeight(), 1, Sha256.hex(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The sheet of {@code sku}, rendered once per JVM under {@code key}. */
    static synchronized RenderedSheet rendered(String key, Sku sku, SheetKind kind, LabelOptions options) {
        return CACHE.computeIfAbsent(key, k -> RENDERER.render(sku, kind, options));
    }

    /** The 50 × 40 mm STANDARD sticker of KB-5A at 100 %. */
    static RenderedSheet standardSticker() {
        return rendered("sticker-50x40", sticker("50", "40", StickerLayout.STANDARD), SheetKind.STICKER, options());
    }

    /** KB-5A's carton with a PDF line drawing, written to a folder that lives as long as the JVM. */
    static RenderedSheet pdfCarton() {
        return rendered("carton-pdf", carton(Optional.of(pdfDrawing())), SheetKind.CARTON, options());
    }

    /** A PDF line drawing in a temporary folder, deleted when the JVM ends. */
    static LineDrawing pdfDrawing() {
        LineDrawing drawing = TestDrawings.pdf(tempDir(), "kb-5a-drawing.pdf", 0);
        drawing.file().toFile().deleteOnExit();
        return drawing;
    }

    static Path tempDir() {
        try {
            Path dir = Files.createTempDirectory("countersign-sheets");
            dir.toFile().deleteOnExit();
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
