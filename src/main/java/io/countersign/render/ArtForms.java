package io.countersign.render;

import io.countersign.CountersignException;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;

/**
 * The form XObjects of one document's vector art, one per art key however often a page or the
 * document shows it (the footer QR code is one {@code Do} per page). Text in the art is set in the
 * document's faces, so a face is embedded once whether the layout or the art used it first.
 */
final class ArtForms {
    private static final double POINTS_PER_MM = 72.0 / 25.4;

    private final PDDocument doc;
    private final Function<FontLibrary.Face, PDFont> fonts;
    private final Map<String, PDFormXObject> forms = new HashMap<>();

    /** Art of {@code doc}, its text set in the document's {@code fonts}. */
    ArtForms(PDDocument doc, Function<FontLibrary.Face, PDFont> fonts) {
        this.doc = doc;
        this.fonts = fonts;
    }

    PDFormXObject form(String key, VectorArt art) {
        return forms.computeIfAbsent(key, k -> build(art));
    }

    private PDFormXObject build(VectorArt art) {
        float h = (float) (art.heightMm() * POINTS_PER_MM);
        // Built as a PDAppearanceStream (a form XObject) only because that content stream
        // constructor knows the document: a font first used in a plain PDFormContentStream is
        // never registered for subsetting and ends up not embedded (PDFBox 3.0.7).
        PDAppearanceStream form = new PDAppearanceStream(doc);
        form.setBBox(new PDRectangle((float) (art.widthMm() * POINTS_PER_MM), h));
        form.setResources(new PDResources());
        ArtOps ops = new ArtOps(h);
        art.draw(ops);
        try (PDPageContentStream cs = new PDPageContentStream(doc, form, form.getStream().createOutputStream(COSName.FLATE_DECODE))) {
            new ArtWriter(cs, fonts).write(ops.ops);
        } catch (IOException ex) {
            throw new CountersignException("cannot draw vector art: " + ex.getMessage(), ex);
        }
        return form;
    }
}
