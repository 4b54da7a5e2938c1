package io.countersign.labels;

import io.countersign.barcode.InvalidSymbolException;
import io.countersign.barcode.LinearSymbol;
import io.countersign.render.Messages;
import io.countersign.render.RenderResources;
import io.countersign.signoff.DocumentIdentity;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns one SKU into what the sticker template shows: the sticker laid out at true size (an error
 * when it cannot hold its barcode and text), the callouts and scale bar, the picture, the facts
 * and one decision per element — text, barcode number, size and placement.
 */
final class StickerPlanner {
    /** The picture is scaled into a square of this side. */
    private static final double PICTURE_MM = 45.0;
    /** The drawing column is at least this wide, so the caption and print note read well. */
    private static final double MIN_DRAWING_COLUMN_MM = 70.0;
    /** A wider drawing leaves too little room beside it: picture and facts go below. */
    private static final double SIDE_BY_SIDE_MM = 112.0;
    /** A4 portrait inside the page margins (210 − 2 × 9 mm), and its height less caption and footer. */
    private static final double PAGE_WIDTH_MM = 192.0;
    private static final double PAGE_HEIGHT_MM = 240.0;
    /** The largest sticker whose drawing (sticker and callouts) fits those. */
    static final double MAX_STICKER_WIDTH_MM = 170.0;
    static final double MAX_STICKER_HEIGHT_MM = 225.0;

    private final Sku sku;
    private final LabelOptions options;
    private final Messages msg;
    private final RenderResources resources = new RenderResources();

    StickerPlanner(Sku sku, LabelOptions options, Messages msg) {
        this.sku = sku;
        this.options = options;
        this.msg = msg;
    }

    RenderResources resources() {
        return resources;
    }

    StickerView plan(DocumentIdentity identity) {
        StickerFace face;
        try {
            face = StickerFace.of(sku, options.upcMagnification());
        } catch (InvalidSymbolException e) {
            throw SheetRenderer.wrap(sku, e);
        }
        String width = msg.with("sheet.mm", SheetParts.number(sku.sticker().widthMm(), msg));
        String height = msg.with("sheet.mm", SheetParts.number(sku.sticker().heightMm(), msg));
        String size = msg.with("sticker.size.value", SheetParts.number(sku.sticker().widthMm(), msg),
                SheetParts.number(sku.sticker().heightMm(), msg));
        LinearSymbol symbol = face.symbol();
        String gtin = symbol.symbology().label() + " " + sku.gtin().digits();
        String layout = msg.get("sticker.layout." + sku.sticker().layout().name());
        String barcodeSize = msg.format("sticker.barcode.value", symbol.symbology().label(), Math.round(symbol.magnification() * 100),
                SheetParts.number(symbol.moduleWidth(), 3, msg), SheetParts.number(symbol.width(), 2, msg),
                SheetParts.number(symbol.height(), 2, msg));

        List<SheetView.Fact> facts = new ArrayList<>();
        facts.add(new SheetView.Fact(msg.get("sheet.sku.label"), sku.sku()));
        facts.add(new SheetView.Fact(msg.get("sheet.buyerCode"), sku.buyerCode()));
        facts.add(new SheetView.Fact(msg.get("sheet.description"), sku.description()));
        facts.add(new SheetView.Fact(msg.get("sticker.gtin"), gtin));
        facts.add(new SheetView.Fact(msg.get("sticker.layout"), layout));
        facts.add(new SheetView.Fact(msg.get("sticker.size"), size));
        facts.add(new SheetView.Fact(msg.get("sticker.barcode"), barcodeSize));

        String text = face.lines().isEmpty() ? msg.get("sticker.text.none")
                : String.join(" / ", face.lines().stream().map(StickerFace.TextLine::text).toList());
        List<String> shows = List.of(text, gtin, size + " · " + layout + " · " + barcodeSize);
        List<String> questions = List.of(
                msg.with("sticker.q.text", sku.buyerCode()),
                msg.with("sticker.q.barcode", sku.gtin().digits(), sku.buyerCode()),
                msg.get("sticker.q.size"));

        StickerArt drawing = new StickerArt(face, width, height);
        ScaleBar scale = new ScaleBar();
        double column = Math.max(MIN_DRAWING_COLUMN_MM, Math.max(drawing.widthMm(), scale.widthMm()));
        if (column > PAGE_WIDTH_MM || drawing.heightMm() > PAGE_HEIGHT_MM) {
            throw new SheetException(String.format(java.util.Locale.ROOT,
                    "SKU %s: a %s × %s mm sticker cannot be shown at true size on an A4 sheet", sku.sku(),
                    StickerFace.mm(face.widthMm()), StickerFace.mm(face.heightMm())),
                    "the sheet shows stickers up to " + StickerFace.mm(MAX_STICKER_WIDTH_MM) + " × "
                            + StickerFace.mm(MAX_STICKER_HEIGHT_MM) + " mm; check the size, it is in millimetres");
        }
        return new StickerView(msg.get("sticker.title"), sku.sku(), sku.buyerCode(), size,
                SheetParts.css(column), column > SIDE_BY_SIDE_MM,
                SheetParts.art(resources, "sticker", drawing),
                SheetParts.art(resources, "scale", scale),
                sku.picture().map(p -> SheetParts.picture(resources, p, PICTURE_MM)).orElse(SheetParts.none()),
                facts, SheetParts.decisions(identity, SheetKind.STICKER, msg, shows, questions),
                SheetParts.footer(resources, identity));
    }
}
