package io.countersign.labels;

import java.util.List;

/**
 * Everything the carton template shows, formatted: the line drawing (a PDF page placed as vector,
 * or a picture), the SKU's facts, the main and side mark as they will be printed on the carton,
 * the handling symbols, the ITF-14, the print colours, and one decision per element of
 * {@link SheetKind#CARTON} — the first three on the first page, the last two with the barcode and
 * colours on the second.
 *
 * @param drawingVector true when {@code drawing} is a PDF page ({@code cs/pdfpage}), false for a picture ({@code cs/image})
 * @param mainMark      the main mark's lines as printed
 * @param sideMark      the side mark's lines as printed
 */
public record CartonView(
        String title,
        String sku,
        String buyerCode,
        SheetView.Placed drawing,
        boolean drawingVector,
        String drawingCaption,
        List<SheetView.Fact> facts,
        List<String> mainMark,
        String numbering,
        List<String> sideMark,
        List<Handling> handling,
        SheetView.Placed itf,
        String itfCaption,
        List<Swatch> colours,
        List<SheetView.Decision> decisionsFirstPage,
        List<SheetView.Decision> decisionsSecondPage,
        int decisionCount,
        SheetView.Footer footer) {

    /** One ISO 780 symbol and what it means, in the sheet's language. */
    public record Handling(SheetView.Placed art, String caption) {
    }

    /** A print colour: the display colour {@code #RRGGBB} the swatch is filled with, and its Pantone name. */
    public record Swatch(String rgb, String pantone) {
    }
}
