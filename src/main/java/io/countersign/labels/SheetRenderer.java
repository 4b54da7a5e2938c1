package io.countersign.labels;

import io.countersign.CountersignException;
import io.countersign.barcode.InvalidSymbolException;
import io.countersign.barcode.ItfSymbol;
import io.countersign.barcode.LinearSymbol;
import io.countersign.render.Attachment;
import io.countersign.render.DrawnPdf;
import io.countersign.render.Messages;
import io.countersign.render.PdfMetadata;
import io.countersign.render.PdfRenderer;
import io.countersign.render.RenderResources;
import io.countersign.render.Templates;
import io.countersign.signoff.DocumentIdentity;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Renders one SKU's UPC sticker sheet or carton artwork sheet to PDF: one PDF per SKU with its own
 * identity and one sign-off point per element. The carton sheet is laid out from the {@code carton}
 * template; the sticker sheet is drawn directly ({@link StickerSheet}), or laid out from the user's
 * {@code sticker} template when {@link LabelOptions#templates()} names a copy. Stateless and safe
 * for concurrent use; the same SKU, options and issue time give the same bytes.
 */
public final class SheetRenderer {
    private final String producer;

    /** {@code producer} is written into the PDF metadata, e.g. "countersign 0.1.0". */
    public SheetRenderer(String producer) {
        this.producer = producer;
    }

    /**
     * The sheet of {@code kind} for {@code sku}. Throws {@link SheetException} (message naming the SKU,
     * with a hint) when the sheet cannot be made as asked: options outside GS1's limits, a sticker too
     * small for its barcode, a line drawing that cannot be read.
     */
    public RenderedSheet render(Sku sku, SheetKind kind, LabelOptions options) {
        Messages msg = messages(options);
        requireOptions(options, kind);
        String title = msg.single(kind == SheetKind.STICKER ? "sticker.title" : "carton.title");
        DocumentIdentity identity = SheetIdentity.of(sku, kind, options, title);
        PdfMetadata meta = new PdfMetadata(identity.title(), "", sku.buyerCode() + " = " + sku.sku() + " — "
                + kind.elements().size() + " elements, each to be confirmed on its own", msg.language());
        Attachment input = new Attachment(SheetIdentity.INPUT_ATTACHMENT,
                "canonical input of this sheet (pictures and drawings by SHA-256)", "application/json",
                SheetIdentity.canonicalJson(sku, kind, options));
        String xhtml;
        RenderResources resources;
        List<SheetView.Decision> decisions;
        if (kind == SheetKind.STICKER) {
            StickerPlanner planner = new StickerPlanner(sku, options, msg);
            StickerView view = planner.plan(identity);
            decisions = view.decisions();
            resources = planner.resources();
            if (options.templates().isEmpty()) {
                // drawn directly: see StickerSheet for why the bundled layout bypasses HTML
                ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
                try (DrawnPdf pdf = new DrawnPdf(resources)) {
                    StickerSheet.draw(view, msg, pdf);
                    pdf.finish(identity, meta, List.of(input), producer, out);
                }
                return new RenderedSheet(sku, kind, out.toByteArray(), identity, shows(decisions));
            }
            xhtml = Templates.of(options.templates()).process("sticker", msg, Map.of("sheet", view));
        } else {
            CartonPlanner planner = new CartonPlanner(sku, options, msg);
            CartonView view = planner.plan(identity);
            decisions = new ArrayList<>(view.decisionsFirstPage());
            decisions.addAll(view.decisionsSecondPage());
            resources = planner.resources();
            xhtml = Templates.of(options.templates()).process("carton", msg, Map.of("sheet", view));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        PdfRenderer.render(xhtml, resources, identity, meta, List.of(input), producer, out);
        return new RenderedSheet(sku, kind, out.toByteArray(), identity, shows(decisions));
    }

    private static List<String> shows(List<SheetView.Decision> decisions) {
        return decisions.stream().map(SheetView.Decision::shows).toList();
    }

    private static Messages messages(LabelOptions options) {
        if (!Messages.isKnown(options.language())) {
            throw new SheetException("unknown language \"" + options.language() + "\"", "use one of " + Messages.LANGUAGES);
        }
        return Messages.of(options.language(), Optional.empty());
    }

    /** Options are checked before any SKU's content, so a bad option is one error, not one per SKU. */
    private static void requireOptions(LabelOptions options, SheetKind kind) {
        if (kind == SheetKind.STICKER) {
            double m = options.upcMagnification();
            if (!(m >= LinearSymbol.MIN_MAGNIFICATION && m <= LinearSymbol.MAX_MAGNIFICATION)) {
                throw new SheetException(String.format(Locale.ROOT, "UPC magnification %s is outside GS1's 80–200 %%", m),
                        "use 0.80 to 2.00; 1.00 is the nominal X = 0.33 mm");
            }
        } else {
            double m = options.itfMagnification();
            double min = options.itfPrint().minMagnification();
            if (!(m >= min && m <= ItfSymbol.MAX_MAGNIFICATION)) {
                throw new SheetException(String.format(Locale.ROOT, "ITF-14 magnification %s is outside %s–100 %% for %s print", m,
                        Math.round(min * 1000) / 10.0, options.itfPrint().name().toLowerCase(Locale.ROOT)),
                        "GS1 asks for at least 62.5 % printed directly on corrugated board and 50 % on a label; 100 % is X = 1.016 mm");
            }
        }
    }

    static CountersignException wrap(Sku sku, InvalidSymbolException e) {
        return new SheetException("SKU " + sku.sku() + ": " + e.getMessage(), e.hint(), e);
    }
}
