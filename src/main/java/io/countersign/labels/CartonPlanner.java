package io.countersign.labels;

import io.countersign.barcode.InvalidSymbolException;
import io.countersign.render.Messages;
import io.countersign.render.RenderResources;
import io.countersign.signoff.DocumentIdentity;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns one SKU into what the carton template shows: the line drawing, main and side mark as
 * printed, the handling symbols, the ITF-14 with its bearer bars, the colour swatches, and one
 * decision per element — line drawing, main mark, side mark, barcode, colours.
 *
 * <p>The marks are printed in English with '.' decimals whatever the sheet's language: they are
 * read by forwarders and warehouses along the route, and UN/ECE Rec. 15 words them so. The sheet's
 * own sentences are translated.
 */
final class CartonPlanner {
    /** The drawing is fitted into this box; a PDF page keeps its proportions. */
    private static final double DRAWING_W = 118.0;
    private static final double DRAWING_H = 82.0;
    private static final double HANDLING_MM = 14.0;

    private final Sku sku;
    private final LabelOptions options;
    private final Messages msg;
    private final RenderResources resources = new RenderResources();

    CartonPlanner(Sku sku, LabelOptions options, Messages msg) {
        this.sku = sku;
        this.options = options;
        this.msg = msg;
    }

    RenderResources resources() {
        return resources;
    }

    CartonView plan(DocumentIdentity identity) {
        ItfArt itf;
        try {
            itf = ItfArt.of(sku.cartonGtin(), options.itfPrint(), options.itfMagnification());
        } catch (InvalidSymbolException e) {
            throw SheetRenderer.wrap(sku, e);
        }
        SheetView.Placed drawing = SheetParts.none();
        boolean vector = false;
        String drawingCaption = msg.get("carton.drawing.none");
        if (sku.lineDrawing().isPresent()) {
            LineDrawing d = sku.lineDrawing().get();
            PlacedDrawing placed = PlacedDrawing.of(sku, d, resources);
            double w = Math.min(DRAWING_W, DRAWING_H * placed.aspect());
            drawing = new SheetView.Placed(placed.ref(), SheetParts.css(w), SheetParts.css(w / placed.aspect()));
            vector = placed.vector();
            drawingCaption = msg.format("carton.drawing.file", d.file().getFileName().toString(), d.format().name(), d.sha256().substring(0, 12));
        }

        ShippingMarks m = sku.marks();
        String numbering = "C/NO. 1/" + m.cartonsTotal();
        List<String> mainMark = List.of(m.consigneeInitials(), m.reference(), m.destination(), numbering);
        String meas = plain(sku.carton().lengthCm()) + " × " + plain(sku.carton().widthCm()) + " × " + plain(sku.carton().heightCm()) + " CM";
        String cbm = sku.carton().cubicMetres().setScale(3, RoundingMode.HALF_UP).toPlainString();
        List<String> sideMark = List.of(
                "ITEM NO.: " + sku.buyerCode() + " (" + sku.sku() + ")",
                "PCS/CTN: " + sku.pcsPerCarton(),
                "N.W.: " + plain(sku.netWeightKg()) + " KGS",
                "G.W.: " + plain(sku.grossWeightKg()) + " KGS",
                "MEAS: " + meas + " (" + cbm + " m³)");

        List<CartonView.Handling> handling = new ArrayList<>();
        for (HandlingSymbol h : HandlingSymbol.values()) {
            handling.add(new CartonView.Handling(SheetParts.art(resources, "iso780-" + h.id(), h.art(HANDLING_MM)),
                    msg.get("carton.handling." + h.id())));
        }

        List<CartonView.Swatch> colours = sku.colours().stream()
                .map(c -> new CartonView.Swatch(c.displayRgb().toUpperCase(Locale.ROOT), c.pantone())).toList();
        String itfCaption = msg.format("carton.itf.value", SheetParts.number(itf.symbol().magnification() * 100, 1, msg),
                SheetParts.number(itf.symbol().moduleWidth(), 3, msg), SheetParts.number(itf.widthMm(), 1, msg),
                SheetParts.number(itf.heightMm(), 1, msg), msg.get("carton.itf." + options.itfPrint().name()));

        String carton = msg.format("carton.size.value", SheetParts.number(sku.carton().lengthCm(), msg),
                SheetParts.number(sku.carton().widthCm(), msg), SheetParts.number(sku.carton().heightCm(), msg),
                SheetParts.number(new BigDecimal(cbm), msg));
        List<SheetView.Fact> facts = List.of(
                new SheetView.Fact(msg.get("sheet.sku.label"), sku.sku()),
                new SheetView.Fact(msg.get("sheet.buyerCode"), sku.buyerCode()),
                new SheetView.Fact(msg.get("sheet.description"), sku.description()),
                new SheetView.Fact(msg.get("carton.pcs"), Integer.toString(sku.pcsPerCarton())),
                new SheetView.Fact(msg.get("carton.size"), carton),
                new SheetView.Fact(msg.get("carton.weights"), msg.format("carton.weights.value",
                        SheetParts.number(sku.netWeightKg(), msg), SheetParts.number(sku.grossWeightKg(), msg))),
                new SheetView.Fact(msg.get("carton.gtin"), sku.cartonGtin().digits()),
                new SheetView.Fact(msg.get("carton.cartons"), Integer.toString(m.cartonsTotal())));

        List<String> shows = List.of(
                drawingCaption,
                String.join(" / ", mainMark),
                String.join(" / ", sideMark),
                "ITF-14 " + sku.cartonGtin().digits() + " · " + itfCaption,
                colours.isEmpty() ? msg.get("carton.colours.none")
                        : String.join(", ", colours.stream().map(c -> c.pantone() + " (" + c.rgb() + ")").toList()));
        List<String> questions = List.of(
                msg.with("carton.q.drawing", sku.buyerCode()),
                msg.get("carton.q.mainmark"),
                msg.get("carton.q.sidemark"),
                msg.with("carton.q.itf14", sku.cartonGtin().digits()),
                msg.get("carton.q.colours"));
        List<SheetView.Decision> decisions = SheetParts.decisions(identity, SheetKind.CARTON, msg, shows, questions);

        return new CartonView(msg.get("carton.title"), sku.sku(), sku.buyerCode(), drawing, vector, drawingCaption, facts,
                mainMark, msg.with("carton.numbering", m.cartonsTotal()), sideMark, handling,
                SheetParts.art(resources, "itf14", itf), itfCaption, colours,
                decisions.subList(0, 3), decisions.subList(3, decisions.size()), decisions.size(),
                SheetParts.footer(resources, identity));
    }

    private static String plain(BigDecimal d) {
        return SheetIdentity.plain(d);
    }
}
