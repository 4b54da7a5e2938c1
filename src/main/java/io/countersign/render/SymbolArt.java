package io.countersign.render;

import io.countersign.barcode.LinearSymbol;
import io.countersign.barcode.QrSymbol;

/** Barcodes as vector art: the page QR code and EAN/UPC symbols with their digits. */
public final class SymbolArt {
    private SymbolArt() {
    }

    /** The QR code with its quiet zone in a square of {@code sizeMm}. */
    public static VectorArt qr(QrSymbol qr, double sizeMm) {
        double module = sizeMm / (qr.size() + 2 * QrSymbol.QUIET_ZONE_MODULES);
        double offset = QrSymbol.QUIET_ZONE_MODULES * module;
        return VectorArt.of(sizeMm, sizeMm, canvas ->
                qr.darkRects().forEach(r -> canvas.fillRect(offset + r.x() * module, offset + r.y() * module, r.width() * module, r.height() * module)));
    }

    /** The symbol with its quiet zones and digits, {@code heightMm} tall (at least to the digits' baseline). */
    public static VectorArt linear(LinearSymbol symbol, double heightMm) {
        return VectorArt.of(symbol.width(), heightMm, canvas -> {
            symbol.bars().forEach(b -> canvas.fillRect(b.x(), b.y(), b.width(), b.height()));
            symbol.hri().forEach(d -> canvas.text(d.text(), d.centreX(), d.baselineY(), d.size()));
        });
    }
}
