package io.countersign.labels;

import io.countersign.barcode.LinearSymbol;
import io.countersign.render.TextWrap;
import io.countersign.render.VectorArt;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What is printed on one sticker and where, in millimetres from its top-left corner: the UPC-A or
 * EAN-13 at full GS1 height with its quiet zones, and the description and SKU as the layout puts
 * them, in the largest text size from {@value #MAX_TEXT} down to {@value #MIN_TEXT} mm that fits.
 * A sticker that cannot hold all of it is an error with the size it would need — never a clipped
 * or shortened barcode, never text running off the sticker.
 */
record StickerFace(double widthMm, double heightMm, LinearSymbol symbol, double symbolX, double symbolY, List<TextLine> lines) {

    /** One printed line; {@code x} is the left edge or the centre, as {@code align} says. */
    record TextLine(String text, double x, double baseline, double size, boolean bold, VectorArt.Align align) {
    }

    /** Light margin between the symbol's quiet zones and the die-cut edge, for cutting tolerance. */
    static final double BARCODE_EDGE = 1.0;
    /** Margin between text and the edge. */
    static final double TEXT_EDGE = 1.5;
    /** Between text and the symbol. */
    static final double GAP = 1.0;
    /** Largest text size (8.5 pt). */
    static final double MAX_TEXT = 3.0;
    /** Smallest text size still read without a loupe (5.1 pt). */
    static final double MIN_TEXT = 1.8;
    /** Narrowest text column of the SIDE layout. */
    static final double MIN_COLUMN = 12.0;
    private static final double LINE = 1.2;
    /** From the top of a line box to its baseline, in em: the Latin face's ascent plus half the leading. */
    private static final double BASELINE = 0.98;

    /** Lays out the sticker of {@code sku} with its barcode at {@code magnification}; throws {@link SheetException} when it does not fit. */
    static StickerFace of(Sku sku, double magnification) {
        double w = sku.sticker().widthMm().doubleValue();
        double h = sku.sticker().heightMm().doubleValue();
        LinearSymbol symbol = LinearSymbol.of(sku.gtin(), magnification);
        return fit(sku, symbol, w, h).orElseThrow(() -> tooSmall(sku, symbol, w, h));
    }

    private static Optional<StickerFace> fit(Sku sku, LinearSymbol symbol, double w, double h) {
        double sw = symbol.width();
        double sh = symbol.height();
        String description = sku.description();
        switch (sku.sticker().layout()) {
            case BARCODE_ONLY -> {
                if (w < sw + 2 * BARCODE_EDGE || h < sh + 2 * BARCODE_EDGE) {
                    return Optional.empty();
                }
                return Optional.of(new StickerFace(w, h, symbol, (w - sw) / 2, (h - sh) / 2, List.of()));
            }
            case SIDE -> {
                double column = w - TEXT_EDGE - GAP - sw - BARCODE_EDGE;
                if (column < MIN_COLUMN || h < sh + 2 * BARCODE_EDGE) {
                    return Optional.empty();
                }
                return textSize(description, sku.sku(), column, h - 2 * TEXT_EDGE).map(size -> {
                    Block block = block(description, sku.sku(), column, size);
                    double top = (h - block.height()) / 2;
                    return new StickerFace(w, h, symbol, w - BARCODE_EDGE - sw, (h - sh) / 2,
                            block.place(TEXT_EDGE, top, VectorArt.Align.LEFT));
                });
            }
            default -> {
                double column = w - 2 * TEXT_EDGE;
                if (w < sw + 2 * BARCODE_EDGE) {
                    return Optional.empty();
                }
                double room = h - TEXT_EDGE - GAP - sh - BARCODE_EDGE;
                return textSize(description, sku.sku(), column, room).map(size -> {
                    Block block = block(description, sku.sku(), column, size);
                    double top = TEXT_EDGE + (room - block.height()) / 2;
                    return new StickerFace(w, h, symbol, (w - sw) / 2, top + block.height() + GAP,
                            block.place(w / 2, top, VectorArt.Align.CENTRE));
                });
            }
        }
    }

    /** The description's lines then the SKU in bold, at one size. */
    private record Block(List<String> description, List<String> sku, double size) {
        int count() {
            return description.size() + sku.size();
        }

        double height() {
            return count() * LINE * size;
        }

        List<TextLine> place(double x, double top, VectorArt.Align align) {
            List<TextLine> lines = new ArrayList<>();
            double baseline = top + BASELINE * size;
            for (String l : description) {
                lines.add(new TextLine(l, x, baseline, size, false, align));
                baseline += LINE * size;
            }
            for (String l : sku) {
                lines.add(new TextLine(l, x, baseline, size, true, align));
                baseline += LINE * size;
            }
            return lines;
        }
    }

    private static Block block(String description, String sku, double column, double size) {
        return new Block(TextWrap.lines(description, column, size, false), TextWrap.lines(sku, column, size, true), size);
    }

    /** The largest size, in steps of 0.1 mm, at which the text fits {@code column} wide and {@code room} high. */
    private static Optional<Double> textSize(String description, String sku, double column, double room) {
        for (int tenths = (int) Math.round(MAX_TEXT * 10); tenths >= Math.round(MIN_TEXT * 10); tenths--) {
            double size = tenths / 10.0;
            if (block(description, sku, column, size).height() <= room) {
                return Optional.of(size);
            }
        }
        return Optional.empty();
    }

    /** The smallest sticker of a layout: width, height, and the text lines it then holds at the smallest size. */
    private record Need(double width, double height, int lines) {
    }

    private static Need needed(Sku sku, LinearSymbol symbol, double w) {
        double sw = symbol.width();
        double sh = symbol.height();
        switch (sku.sticker().layout()) {
            case BARCODE_ONLY -> {
                return new Need(sw + 2 * BARCODE_EDGE, sh + 2 * BARCODE_EDGE, 0);
            }
            case SIDE -> {
                double minW = TEXT_EDGE + MIN_COLUMN + GAP + sw + BARCODE_EDGE;
                Block text = block(sku.description(), sku.sku(), Math.max(w, minW) - TEXT_EDGE - GAP - sw - BARCODE_EDGE, MIN_TEXT);
                return new Need(minW, Math.max(sh + 2 * BARCODE_EDGE, text.height() + 2 * TEXT_EDGE), text.count());
            }
            default -> {
                double minW = sw + 2 * BARCODE_EDGE;
                Block text = block(sku.description(), sku.sku(), Math.max(w, minW) - 2 * TEXT_EDGE, MIN_TEXT);
                return new Need(minW, TEXT_EDGE + text.height() + GAP + sh + BARCODE_EDGE, text.count());
            }
        }
    }

    private static SheetException tooSmall(Sku sku, LinearSymbol symbol, double w, double h) {
        Need need = needed(sku, symbol, w);
        double needW = Math.max(w, up(need.width()));
        double needH = Math.max(h, up(need.height()));
        StickerLayout layout = sku.sticker().layout();
        String text = layout == StickerLayout.BARCODE_ONLY ? "" : String.format(Locale.ROOT,
                "; the description and SKU %s it take %d lines at %s mm or more", layout == StickerLayout.SIDE ? "beside" : "above",
                need.lines(), mm(MIN_TEXT));
        String message = String.format(Locale.ROOT,
                "SKU %s: the %s × %s mm sticker is too small for its %s at %d %% in the %s layout: it needs at least %s × %s mm"
                        + " (the symbol with its quiet zones and digits is %s × %s mm%s)",
                sku.sku(), mm(w), mm(h), symbol.symbology().label(), Math.round(symbol.magnification() * 100), layout,
                mm(needW), mm(needH), mm(symbol.width()), mm(symbol.height()), text);
        List<String> fixes = new ArrayList<>();
        fixes.add("make the sticker at least " + mm(needW) + " × " + mm(needH) + " mm");
        smallestFitting(sku, symbol.magnification(), w, h).ifPresent(m -> fixes.add("print the barcode smaller (it fits at " + m + " %)"));
        if (layout != StickerLayout.BARCODE_ONLY) {
            fixes.add("or choose the " + (layout == StickerLayout.SIDE ? "STANDARD" : "SIDE") + " or BARCODE_ONLY layout");
        }
        return new SheetException(message, String.join(", ", fixes)
                + " (GS1 advises against shortening the bars, so countersign never does)");
    }

    /** The largest magnification in 5 % steps below {@code current}, down to GS1's 80 %, at which the sticker holds everything. */
    private static Optional<Long> smallestFitting(Sku sku, double current, double w, double h) {
        for (int pct = (int) Math.ceil(current * 100 / 5) * 5 - 5; pct >= Math.round(LinearSymbol.MIN_MAGNIFICATION * 100); pct -= 5) {
            if (fit(sku, LinearSymbol.of(sku.gtin(), pct / 100.0), w, h).isPresent()) {
                return Optional.of((long) pct);
            }
        }
        return Optional.empty();
    }

    private static double up(double mm) {
        return Math.ceil(mm * 10 - 1e-9) / 10;
    }

    static String mm(double v) {
        return java.math.BigDecimal.valueOf(Math.round(v * 100), 2).stripTrailingZeros().toPlainString();
    }
}
