package io.countersign.labels;

import java.util.List;

/**
 * Everything the sticker template shows, formatted in the sheet's language: the sticker drawing at
 * true size (with its callouts) and the scale bar as vector art, the picture, the SKU's facts and
 * one decision per element of {@link SheetKind#STICKER}.
 *
 * @param drawingColumnMm width of the column holding drawing and scale bar
 * @param stacked  true when the drawing is too wide to have the picture and facts beside it
 * @param drawing  the sticker with its dimension callouts, 1:1
 * @param scaleBar the 50 mm ruler
 * @param picture  the product picture, or a {@link SheetView.Placed} with an empty ref
 */
public record StickerView(
        String title,
        String sku,
        String buyerCode,
        String sizeText,
        String drawingColumnMm,
        boolean stacked,
        SheetView.Placed drawing,
        SheetView.Placed scaleBar,
        SheetView.Placed picture,
        List<SheetView.Fact> facts,
        List<SheetView.Decision> decisions,
        SheetView.Footer footer) {
}
