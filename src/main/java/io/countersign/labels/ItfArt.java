package io.countersign.labels;

import io.countersign.barcode.ItfSymbol;
import io.countersign.barcode.VectorCanvas;
import io.countersign.gs1.Gtin;
import io.countersign.render.VectorArt;

/**
 * The carton's ITF-14 as vector art for a template: registered with
 * {@code RenderResources.art(key, art)} and placed with
 * {@code <object type="cs/art" data-ref="key" style="display:block;width:…mm;height:…mm">}, the
 * size being {@link #widthMm()} × {@link #heightMm()} — quiet zones, bearer bars and digits included.
 * Drawn as one form XObject of filled rectangles and the digits in the bundled Latin face.
 */
public record ItfArt(ItfSymbol symbol) implements VectorArt {

    /**
     * The ITF-14 of {@code cartonGtin} at GS1 geometry for {@code print}: a 4.8 mm frame and at least
     * 62.5 % when printed directly on the board, bars top and bottom and at least 50 % on a label.
     *
     * @throws io.countersign.barcode.InvalidSymbolException for anything but a GTIN-14 with a right
     *         check digit, or a magnification outside the print mode's range (up to 1.00)
     */
    public static ItfArt of(Gtin cartonGtin, ItfPrint print, double magnification) {
        return new ItfArt(ItfSymbol.of(cartonGtin, magnification, print.bearers()));
    }

    @Override
    public double widthMm() {
        return symbol.width();
    }

    @Override
    public double heightMm() {
        return symbol.height();
    }

    @Override
    public void draw(Canvas canvas) {
        symbol.drawTo(new VectorCanvas() {
            @Override
            public void fillRect(double x, double y, double width, double height) {
                canvas.fillRect(x, y, width, height);
            }

            @Override
            public void text(String text, double centreX, double baselineY, double size) {
                canvas.text(text, centreX, baselineY, size);
            }
        }, 0, 0);
    }
}
