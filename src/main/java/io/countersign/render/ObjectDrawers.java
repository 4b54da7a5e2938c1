package io.countersign.render;

import com.openhtmltopdf.extend.FSObjectDrawer;
import com.openhtmltopdf.extend.FSObjectDrawerFactory;
import com.openhtmltopdf.extend.OutputDevice;
import com.openhtmltopdf.pdfboxout.PdfBoxOutputDevice;
import com.openhtmltopdf.render.RenderingContext;
import io.countersign.CountersignException;
import java.awt.Rectangle;
import java.awt.Shape;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDFormContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.util.Matrix;
import org.w3c.dom.Element;

/**
 * Draws {@code <object type="cs/art">} as vector art, {@code <object type="cs/image">} as an image
 * XObject turned upright by its EXIF orientation, and {@code <object type="cs/pdfpage">} as the
 * first page of a PDF imported as a form XObject, straight into the page content. This keeps
 * barcodes out of SVG/Batik, pictures out of re-encoding and line drawings vector.
 */
final class ObjectDrawers implements FSObjectDrawerFactory {
    static final String ART = "cs/art";
    static final String IMAGE = "cs/image";
    static final String PDF_PAGE = "cs/pdfpage";
    private static final double POINTS_PER_MM = 72.0 / 25.4;

    private final RenderResources resources;
    private ImageEmbedder images;
    private ArtForms artForms;
    private final Map<String, PDFormXObject> pdfPages = new HashMap<>();
    private final FontLibrary.DocumentFonts fonts;

    ObjectDrawers(RenderResources resources, FontLibrary.DocumentFonts fonts) {
        this.fonts = fonts;
        this.resources = resources;
    }

    @Override
    public boolean isReplacedObject(Element e) {
        String type = e.getAttribute("type");
        return ART.equals(type) || IMAGE.equals(type) || PDF_PAGE.equals(type);
    }

    @Override
    public FSObjectDrawer createDrawer(Element e) {
        return switch (e.getAttribute("type")) {
            case IMAGE -> this::drawImage;
            case PDF_PAGE -> this::drawPdfPage;
            default -> this::drawArt;
        };
    }

    /**
     * Draws art from a form XObject made once per document: the footer QR code repeats on every
     * page as one {@code Do}, and the rectangles are written straight as {@code re} operators.
     */
    private Map<Shape, String> drawArt(Element e, double x, double y, double width, double height,
                                      OutputDevice od, RenderingContext ctx, int dotsPerPixel) {
        PdfBoxOutputDevice pdf = (PdfBoxOutputDevice) od;
        String ref = e.getAttribute("data-ref");
        VectorArt art = resources.art(ref).orElseThrow(() -> new CountersignException("template refers to unknown art \"" + ref + "\""));
        if (artForms == null) {
            artForms = new ArtForms(pdf.getWriter(), fonts::font);
        }
        PDFormXObject form = artForms.form(ref, art);
        float dpp = pdf.getDotsPerPoint();
        float w = (float) (art.widthMm() * POINTS_PER_MM * dpp);
        float h = (float) (art.heightMm() * POINTS_PER_MM * dpp);
        // The layout box is whole dots; handing over that same rounded size as the intrinsic one keeps
        // openhtmltopdf from scaling the form by round(w)/w, so the art is drawn at exactly its size.
        int boxW = Math.round(w);
        int boxH = Math.round(h);
        pdf.drawPdfAsImage(form, new Rectangle((int) x, (int) y, boxW, boxH), boxW, boxH);
        return null;
    }

    /** Draws the first page of a PDF as vector art (a form XObject), scaled to fit the box and centred in it. */
    private Map<Shape, String> drawPdfPage(Element e, double x, double y, double width, double height,
                                          OutputDevice od, RenderingContext ctx, int dotsPerPixel) {
        PdfBoxOutputDevice pdf = (PdfBoxOutputDevice) od;
        String ref = e.getAttribute("data-ref");
        PdfPageArt page = resources.pdfPage(ref).orElseThrow(() -> new CountersignException("template refers to unknown PDF page \"" + ref + "\""));
        PDFormXObject imported = pdfPages.computeIfAbsent(ref, k -> page.importInto(pdf.getWriter()));
        float dpp = pdf.getDotsPerPoint();
        PDFormXObject fitted = page.fitted(pdf.getWriter(), imported, (float) (width / dpp), (float) (height / dpp));
        pdf.drawPdfAsImage(fitted, new Rectangle((int) x, (int) y, (int) width, (int) height), (float) width, (float) height);
        return null;
    }

    private Map<Shape, String> drawImage(Element e, double x, double y, double width, double height,
                                        OutputDevice od, RenderingContext ctx, int dotsPerPixel) {
        PdfBoxOutputDevice pdf = (PdfBoxOutputDevice) od;
        String ref = e.getAttribute("data-ref");
        PageImage image = resources.image(ref).orElseThrow(() -> new CountersignException("template refers to unknown picture \"" + ref + "\""));
        if (images == null) {
            images = new ImageEmbedder(pdf.getWriter());
        }
        PDImageXObject xobject = images.xobject(image);
        float dpp = pdf.getDotsPerPoint();
        float w = (float) (width / dpp);
        float h = (float) (height / dpp);
        PDFormXObject form = uprightForm(pdf, xobject, image.exifOrientation(), w, h);
        pdf.drawPdfAsImage(form, new Rectangle((int) x, (int) y, (int) width, (int) height), (float) width, (float) height);
        return null;
    }

    /** A form of the displayed size that draws the stored image turned as its EXIF orientation says. */
    private static PDFormXObject uprightForm(PdfBoxOutputDevice pdf, PDImageXObject image, int orientation, float w, float h) {
        PDFormXObject form = new PDFormXObject(pdf.getWriter());
        form.setBBox(new PDRectangle(w, h));
        form.setResources(new PDResources());
        try (PDFormContentStream cs = new PDFormContentStream(form)) {
            cs.drawImage(image, orientationMatrix(orientation, w, h));
        } catch (IOException ex) {
            throw new CountersignException("cannot draw picture: " + ex.getMessage(), ex);
        }
        return form;
    }

    /** Maps the image's unit square so that the stored pixels appear upright in a w×h box (EXIF 1–8). */
    static Matrix orientationMatrix(int orientation, float w, float h) {
        return switch (orientation) {
            case 2 -> new Matrix(-w, 0, 0, h, w, 0);
            case 3 -> new Matrix(-w, 0, 0, -h, w, h);
            case 4 -> new Matrix(w, 0, 0, -h, 0, h);
            case 5 -> new Matrix(0, -h, -w, 0, w, h);
            case 6 -> new Matrix(0, -h, w, 0, 0, h);
            case 7 -> new Matrix(0, h, w, 0, 0, 0);
            case 8 -> new Matrix(0, h, -w, 0, w, 0);
            default -> new Matrix(w, 0, 0, h, 0, 0);
        };
    }
}
