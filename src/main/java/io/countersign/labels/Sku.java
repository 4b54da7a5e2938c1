package io.countersign.labels;

import io.countersign.gs1.Gtin;
import io.countersign.pi.CartonSize;
import io.countersign.pi.ProductImage;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * One validated row of a SKU list: everything its UPC sticker sheet and its carton artwork sheet
 * show. Built by {@code io.countersign.input.SkuReader} from CSV, XLSX or YAML.
 *
 * @param row           where the row came from (1-based line of a CSV, row of the sheet, item of a YAML list), for messages
 * @param gtin          the selling unit's GTIN-12 or GTIN-13, printed as UPC-A or EAN-13 on the sticker
 * @param carton        outer carton size in cm
 * @param cartonGtin    the carton's GTIN-14 (given, or derived from {@code gtin} and an indicator digit 1–8)
 * @param lineDrawing   the product's line drawing for the carton sheet
 * @param colours       print colours of the carton artwork, in the order given
 */
public record Sku(
        int row,
        String sku,
        String buyerCode,
        String description,
        Gtin gtin,
        StickerSpec sticker,
        Optional<ProductImage> picture,
        int pcsPerCarton,
        CartonSize carton,
        BigDecimal netWeightKg,
        BigDecimal grossWeightKg,
        Gtin cartonGtin,
        ShippingMarks marks,
        Optional<LineDrawing> lineDrawing,
        List<PrintColour> colours) {

    public Sku {
        colours = List.copyOf(colours);
    }
}
