package io.countersign.labels;

import io.countersign.barcode.QrSymbol;
import io.countersign.core.Decimals;
import io.countersign.pi.ProductImage;
import io.countersign.render.DrawnBlocks;
import io.countersign.render.Messages;
import io.countersign.render.PageImage;
import io.countersign.render.RenderResources;
import io.countersign.render.SymbolArt;
import io.countersign.render.VectorArt;
import io.countersign.signoff.DocumentIdentity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** What both sheet planners build the same way: art boxes, pictures, the footer, decision rows, numbers. */
final class SheetParts {
    private SheetParts() {
    }

    static SheetView.Placed art(RenderResources resources, String key, VectorArt art) {
        return new SheetView.Placed(resources.art(key, art), css(art.widthMm()), css(art.heightMm()));
    }

    /** The picture scaled to fit a {@code boxMm} square, turned upright by its EXIF orientation. */
    static SheetView.Placed picture(RenderResources resources, ProductImage img, double boxMm) {
        String ref = resources.image(new PageImage(img.file(), img.sha256(), img.exifOrientation()));
        double pw = img.rotatesQuarter() ? img.pixelHeight() : img.pixelWidth();
        double ph = img.rotatesQuarter() ? img.pixelWidth() : img.pixelHeight();
        double scale = boxMm / Math.max(pw, ph);
        return new SheetView.Placed(ref, css(pw * scale), css(ph * scale));
    }

    static SheetView.Placed none() {
        return new SheetView.Placed("", "0", "0");
    }

    static SheetView.Footer footer(RenderResources resources, DocumentIdentity identity) {
        String qr = resources.art("qr", SymbolArt.qr(QrSymbol.encode(identity.qrPayload()), DrawnBlocks.QR_MM));
        return new SheetView.Footer(identity, qr, identity.title());
    }

    /** One decision row per element of the sheet, numbered from 1, with the point ids of the identity. */
    static List<SheetView.Decision> decisions(DocumentIdentity identity, SheetKind kind, Messages msg, List<String> shows,
                                              List<String> questions) {
        List<SheetView.Decision> rows = new ArrayList<>();
        for (int i = 0; i < kind.elements().size(); i++) {
            String element = kind.elements().get(i);
            rows.add(new SheetView.Decision(i + 1, identity.points().get(i).id(), msg.get("sheet.element." + element),
                    shows.get(i), questions.get(i)));
        }
        return rows;
    }

    /** Millimetres with three decimals for CSS; Locale-free. */
    static String css(double mm) {
        return BigDecimal.valueOf(Math.round(mm * 1000), 3).toPlainString();
    }

    /** A number as the sheet's language writes it, without trailing zeros: 50, 37.5 / 37,5. */
    static String number(BigDecimal d, Messages msg) {
        return Decimals.quantity(d, msg.locale());
    }

    static String number(double d, int decimals, Messages msg) {
        return number(BigDecimal.valueOf(d).setScale(decimals, java.math.RoundingMode.HALF_UP), msg);
    }
}
