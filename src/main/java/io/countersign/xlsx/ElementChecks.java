package io.countersign.xlsx;

import io.countersign.labels.LineDrawing;
import io.countersign.labels.PrintColour;
import io.countersign.labels.ShippingMarks;
import io.countersign.labels.Sku;
import io.countersign.labels.StickerSpec;
import io.countersign.render.Messages;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What the buyer checks for one element of a SKU's approval sheet, as plain text for the index:
 * the numbers and words the sheet shows for that element. Shipping marks stay in English whatever
 * the document language, as they are printed on the carton.
 */
final class ElementChecks {
    private ElementChecks() {
    }

    /** The text for {@code element} (one of {@code SheetKind.elements()}) of {@code sku}. */
    static String of(Sku sku, String element, Messages msg) {
        return switch (element) {
            case "text" -> stickerText(sku, msg);
            case "barcode" -> sku.gtin().kind().label() + " " + sku.gtin().digits();
            case "size" -> size(sku.sticker(), msg);
            case "drawing" -> sku.lineDrawing().map(ElementChecks::drawing).orElseGet(() -> msg.get("check.drawing.none"));
            case "mainmark" -> mainMark(sku.marks());
            case "sidemark" -> sideMark(sku);
            case "itf14" -> "ITF-14 " + sku.cartonGtin().digits();
            case "colours" -> colours(sku.colours(), msg);
            default -> throw new IllegalArgumentException("no element \"" + element + "\" on a sticker or carton sheet");
        };
    }

    private static String stickerText(Sku sku, Messages msg) {
        return switch (sku.sticker().layout()) {
            case STANDARD, SIDE -> sku.description() + "\n" + sku.sku();
            case BARCODE_ONLY -> msg.get("check.text.none");
        };
    }

    private static String size(StickerSpec sticker, Messages msg) {
        String layout = switch (sticker.layout()) {
            case STANDARD -> msg.get("check.layout.standard");
            case SIDE -> msg.get("check.layout.side");
            case BARCODE_ONLY -> msg.get("check.layout.barcodeOnly");
        };
        return msg.format("check.size", plain(sticker.widthMm()), plain(sticker.heightMm()), layout);
    }

    private static String drawing(LineDrawing drawing) {
        return drawing.file().getFileName().toString();
    }

    /** UN/ECE Rec. 15 order: consignee initials, reference, destination, carton number. */
    private static String mainMark(ShippingMarks marks) {
        return String.join("\n", marks.consigneeInitials(), marks.reference(), marks.destination(),
                "C/NO. 1/" + marks.cartonsTotal() + " … " + marks.cartonsTotal() + "/" + marks.cartonsTotal());
    }

    private static String sideMark(Sku sku) {
        return String.join("\n",
                "ITEM NO. " + (sku.buyerCode().isEmpty() ? sku.sku() : sku.buyerCode()),
                "PCS/CTN " + sku.pcsPerCarton(),
                "N.W. " + sku.netWeightKg().toPlainString() + " KG",
                "G.W. " + sku.grossWeightKg().toPlainString() + " KG",
                "MEAS " + plain(sku.carton().lengthCm()) + " × " + plain(sku.carton().widthCm()) + " × "
                        + plain(sku.carton().heightCm()) + " CM");
    }

    private static String colours(List<PrintColour> colours, Messages msg) {
        if (colours.isEmpty()) {
            return msg.get("check.colours.none");
        }
        return colours.stream().map(PrintColour::pantone).collect(Collectors.joining("\n"));
    }

    /** A size as written, without trailing zeros: 50.0 → 50, 32.5 → 32.5. */
    private static String plain(BigDecimal value) {
        BigDecimal v = value.stripTrailingZeros();
        return (v.scale() < 0 ? v.setScale(0) : v).toPlainString();
    }
}
