package io.countersign.testing;

import io.countersign.core.Sha256;
import io.countersign.gs1.Gtin;
import io.countersign.labels.LabelOptions;
import io.countersign.labels.LineDrawing;
import io.countersign.labels.PrintColour;
import io.countersign.labels.SheetIdentity;
import io.countersign.labels.SheetKind;
import io.countersign.labels.ShippingMarks;
import io.countersign.labels.Sku;
import io.countersign.labels.StickerLayout;
import io.countersign.labels.StickerSpec;
import io.countersign.pi.CartonSize;
import io.countersign.pi.ProductImage;
import io.countersign.render.Messages;
import io.countersign.signoff.DocumentIdentity;
import io.countersign.xlsx.LabelIndexWorkbook;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * SKUs and their sheets' identities built directly, as the SKU reader and the sheet renderer
 * would give them, for index tests that need neither. SKU {@code n} is {@code KB-<n>} with
 * GTIN-12 {@code 0614141nnnn} and a check digit, and carton GTIN-14 {@code 1} {@code 0} and the
 * same eleven digits with its own check digit.
 */
public final class TestSkus {
    public static final Path PICTURES = Path.of("samples", "pi", "images");
    public static final String INPUT_SHA256 = Sha256.hex("skus.csv".getBytes(StandardCharsets.UTF_8));

    private TestSkus() {
    }

    /** SKU number {@code n} (1-based), with the sample pictures on the first three. */
    public static Sku sku(int n) {
        String data = "0614141" + String.format("%04d", n % 10_000);
        Gtin gtin = new Gtin(data + Gtin.checkDigit(data));
        String carton = "10" + data;
        Gtin cartonGtin = new Gtin(carton + Gtin.checkDigit(carton));
        Optional<ProductImage> picture = switch (n) {
            case 1 -> Optional.of(new ProductImage(PICTURES.resolve("kb-5a.jpg"), ProductImage.Format.JPEG, 600, 450, 1, "a".repeat(64)));
            case 2 -> Optional.of(new ProductImage(PICTURES.resolve("kb-5b.png"), ProductImage.Format.PNG, 600, 450, 1, "b".repeat(64)));
            default -> Optional.empty();
        };
        return new Sku(n + 1, "KB-" + n, "1002" + String.format("%02d", n % 100), "Nested kraft box, set of " + (n % 5 + 1), gtin,
                new StickerSpec(new BigDecimal("60"), new BigDecimal("40.0"), StickerLayout.STANDARD), picture, 12,
                new CartonSize(new BigDecimal("60"), new BigDecimal("40"), new BigDecimal("35.5")), new BigDecimal("4.2"),
                new BigDecimal("5.0"), cartonGtin, new ShippingMarks("ACME", "PO 4500123", "HAMBURG", 120),
                Optional.of(new LineDrawing(Path.of("drawings", "kb-" + n + ".pdf"), LineDrawing.Format.PDF, "c".repeat(64))),
                List.of(new PrintColour("PANTONE 469 C", "#693F23"), new PrintColour("PANTONE Black C", "#2D2926")));
    }

    /** SKU {@code n} with one of the three sample pictures, by {@code n}, for large batches where every SKU has one. */
    public static Sku withPicture(int n) {
        Sku s = sku(n);
        String[] files = {"kb-5a.jpg", "kb-5b.png", "kb-3c.jpg"};
        String file = files[n % 3];
        ProductImage picture = new ProductImage(PICTURES.resolve(file), file.endsWith(".png") ? ProductImage.Format.PNG
                : ProductImage.Format.JPEG, 600, 450, 1, Character.toString('a' + n % 3).repeat(64));
        return new Sku(s.row(), s.sku(), s.buyerCode(), s.description(), s.gtin(), s.sticker(), Optional.of(picture), s.pcsPerCarton(),
                s.carton(), s.netWeightKg(), s.grossWeightKg(), s.cartonGtin(), s.marks(), s.lineDrawing(), s.colours());
    }

    /** The identity of SKU {@code sku}'s sheet as the renderer makes it: one point per element, {@code <sku>_<element>}. */
    public static DocumentIdentity sheetIdentity(Sku sku, SheetKind kind) {
        return SheetIdentity.of(sku, kind, LabelOptions.defaults(RenderedPi.ISSUED_AT), kind == SheetKind.STICKER ? "UPC STICKER APPROVAL"
                : "CARTON ARTWORK APPROVAL");
    }

    /** Texts of what to check, one per element, standing in for what a rendered sheet shows. */
    public static List<String> checks(Sku sku, SheetKind kind) {
        return kind.elements().stream().map(e -> switch (e) {
            case "text" -> sku.description() + " / " + sku.sku();
            case "barcode" -> "UPC-A " + sku.gtin().digits();
            case "size" -> "60 × 40 mm · description and SKU above the barcode";
            case "mainmark" -> "ACME / PO 4500123 / HAMBURG / C/NO. 1/120";
            case "itf14" -> "ITF-14 " + sku.cartonGtin().digits();
            case "colours" -> "PANTONE 469 C (#693F23), PANTONE Black C (#2D2926)";
            default -> e + " of " + sku.sku();
        }).toList();
    }

    public static LabelIndexWorkbook.Entry entry(int n, SheetKind kind) {
        return entry(sku(n), kind);
    }

    public static LabelIndexWorkbook.Entry entry(Sku sku, SheetKind kind) {
        return new LabelIndexWorkbook.Entry(sku, kind, sheetIdentity(sku, kind), kind.kind() + "s/" + sku.sku() + ".pdf", checks(sku, kind));
    }

    /** Entries 1…{@code count}, made as they are taken, so a large index never holds them all. */
    public static Iterable<LabelIndexWorkbook.Entry> entries(int count, SheetKind kind) {
        return () -> new Iterator<>() {
            private int next = 1;

            @Override
            public boolean hasNext() {
                return next <= count;
            }

            @Override
            public LabelIndexWorkbook.Entry next() {
                return entry(next++, kind);
            }
        };
    }

    public static List<LabelIndexWorkbook.Entry> list(int count, SheetKind kind) {
        List<LabelIndexWorkbook.Entry> list = new ArrayList<>();
        IntStream.rangeClosed(1, count).forEach(n -> list.add(entry(n, kind)));
        return list;
    }

    public static LabelIndexWorkbook.Index index(SheetKind kind, String language, boolean pictures) {
        return new LabelIndexWorkbook.Index("LB-2026-0815", kind, 1, kind == SheetKind.STICKER ? "UPC sticker approval — index"
                : "Carton artwork approval — index", RenderedPi.ISSUED_AT, INPUT_SHA256, Messages.of(language, Optional.empty()), pictures);
    }

    /** An index of SKUs 1…{@code count} in English, written in memory. */
    public static byte[] write(SheetKind kind, int count, boolean pictures) {
        return write(index(kind, "en", pictures), list(count, kind));
    }

    public static byte[] write(LabelIndexWorkbook.Index index, List<LabelIndexWorkbook.Entry> entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        LabelIndexWorkbook.write(index, entries, out);
        return out.toByteArray();
    }
}
