package io.countersign.render;

import io.countersign.CountersignException;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.multipdf.LayerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDFormContentStream;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.util.Matrix;

/**
 * The first page of a PDF (a product line drawing) to place as vector art: imported into the
 * output document as a form XObject, never rasterised. {@link #of} checks the bytes once, before
 * any layout, so a bad file is reported as a problem of its SKU, not as a failed render.
 *
 * @param widthPt  width of the page as shown (crop box, rotation applied), in points
 * @param heightPt height of the page as shown, in points
 * @param rotation the page's /Rotate, 0, 90, 180 or 270 (clockwise, as a viewer turns it)
 */
public record PdfPageArt(byte[] bytes, String sha256, float widthPt, float heightPt, int rotation) {

    /** A PDF larger than this is refused unread, like a picture. */
    public static final long MAX_BYTES = 20L * 1024 * 1024;
    /** PDF's own largest page side (200 inches); anything larger is not a real drawing. */
    private static final float MAX_SIDE_PT = 14_400;

    /** Checks that {@code bytes} is a readable, unencrypted PDF with a first page of a sane size. */
    public static PdfPageArt of(byte[] bytes, String sha256) {
        if (bytes.length > MAX_BYTES) {
            throw new CountersignException("the PDF has " + bytes.length / (1024 * 1024) + " MB; at most " + MAX_BYTES / (1024 * 1024) + " MB are read");
        }
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            if (doc.isEncrypted()) {
                throw new CountersignException("the PDF is encrypted; export the drawing again without a password");
            }
            if (doc.getNumberOfPages() == 0) {
                throw new CountersignException("the PDF has no pages");
            }
            PDPage page = doc.getPage(0);
            PDRectangle box = page.getCropBox();
            int rotation = Math.floorMod(page.getRotation(), 360);
            boolean quarter = rotation % 180 == 90;
            float w = quarter ? box.getHeight() : box.getWidth();
            float h = quarter ? box.getWidth() : box.getHeight();
            if (!(w >= 1 && h >= 1 && w <= MAX_SIDE_PT && h <= MAX_SIDE_PT)) {
                throw new CountersignException("the PDF's first page is " + w + " × " + h + " points; a drawing page is 1 to 14,400 points a side");
            }
            return new PdfPageArt(bytes, sha256, w, h, rotation);
        } catch (IOException e) {
            throw new CountersignException("the file cannot be read as a PDF (" + e.getMessage() + ")", e);
        }
    }

    /** Width over height of the page as shown. */
    public double aspect() {
        return widthPt / heightPt;
    }

    /**
     * The first page, unrotated, as a form XObject of {@code target}; the source is read again and
     * closed (its objects are copied). The rotation is applied by {@link #fitted}: LayerUtility would
     * squeeze a turned page into its unturned box.
     */
    PDFormXObject importInto(PDDocument target) {
        try (PDDocument source = Loader.loadPDF(bytes)) {
            PDPage page = source.getPage(0);
            page.setRotation(0);
            return new LayerUtility(target).importPageAsForm(source, page);
        } catch (IOException e) {
            throw new CountersignException("cannot place the PDF drawing: " + e.getMessage(), e);
        }
    }

    /** A w × h form showing {@code page} turned as a viewer turns it, as large as fits, centred, its proportions kept. */
    PDFormXObject fitted(PDDocument target, PDFormXObject page, float w, float h) {
        AffineTransform turn = AffineTransform.getRotateInstance(-Math.toRadians(rotation));
        Rectangle2D shown = shownBounds(page, turn);
        double scale = Math.min(w / shown.getWidth(), h / shown.getHeight());
        AffineTransform place = new AffineTransform(scale, 0, 0, scale,
                (w - scale * shown.getWidth()) / 2 - scale * shown.getMinX(),
                (h - scale * shown.getHeight()) / 2 - scale * shown.getMinY());
        place.concatenate(turn);
        PDFormXObject form = new PDFormXObject(target);
        form.setBBox(new PDRectangle(w, h));
        form.setResources(new PDResources());
        try (PDFormContentStream cs = new PDFormContentStream(form)) {
            cs.saveGraphicsState();
            cs.transform(new Matrix(place));
            cs.drawForm(page);
            cs.restoreGraphicsState();
        } catch (IOException e) {
            throw new CountersignException("cannot place the PDF drawing: " + e.getMessage(), e);
        }
        return form;
    }

    /** The form's bounding box as its matrix, then {@code turn}, place it. */
    private static Rectangle2D shownBounds(PDFormXObject form, AffineTransform turn) {
        PDRectangle b = form.getBBox();
        AffineTransform t = new AffineTransform(turn);
        t.concatenate(form.getMatrix().createAffineTransform());
        Rectangle2D box = new Rectangle2D.Double(b.getLowerLeftX(), b.getLowerLeftY(), b.getWidth(), b.getHeight());
        return t.createTransformedShape(box).getBounds2D();
    }
}
