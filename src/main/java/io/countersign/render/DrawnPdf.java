package io.countersign.render;

import io.countersign.CountersignException;
import io.countersign.signoff.DocumentIdentity;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.util.Matrix;

/**
 * A PDF drawn straight onto PDFBox pages, for a document whose layout is fixed and whose variable
 * parts are known (the UPC sticker sheet): text in the bundled faces, boxes and lines, the vector
 * art and pictures of a {@link RenderResources}, and form field slots. {@link #finish} completes it
 * exactly as a rendered template is completed — the same AcroForm, identity, metadata, attachments
 * and save — so readers cannot tell how the pages were drawn.
 *
 * <p>Coordinates are millimetres from the page's top-left corner, y down, like {@link VectorArt};
 * font sizes are points. Not thread-safe: one document, one thread.
 */
public final class DrawnPdf implements AutoCloseable {
    private static final double PT_PER_MM = 72.0 / 25.4;
    private static final double MM_PER_PT = 25.4 / 72.0;

    private final PDDocument doc;
    private final RenderResources resources;
    private final Map<FontLibrary.Face, DrawnFont> fonts = new EnumMap<>(FontLibrary.Face.class);
    private final ArtForms art;
    private final List<Page> pages = new ArrayList<>();
    private final List<FieldSlot> slots = new ArrayList<>();
    private ImageEmbedder images;
    private boolean finished;

    /** A document whose art and pictures are those registered in {@code resources}. */
    public DrawnPdf(RenderResources resources) {
        this.doc = new PDDocument();
        // the catalog's version, as the template renderer writes it
        doc.setVersion(1.7f);
        this.resources = resources;
        this.art = new ArtForms(doc, this::font);
    }

    /** Width of {@code text} set in the bundled faces at {@code sizePt}, in millimetres. */
    public static double width(String text, double sizePt, boolean bold) {
        return FontLibrary.bundled().width(FaceRuns.printable(text, bold), sizePt, bold) * MM_PER_PT;
    }

    /** The document's face, created when first used. */
    private DrawnFont font(FontLibrary.Face face) {
        return fonts.computeIfAbsent(face, DrawnFont::new);
    }

    /** Appends a page of the given size and returns it. */
    public Page addPage(double widthMm, double heightMm) {
        PDPage page = new PDPage(new PDRectangle((float) (widthMm * PT_PER_MM), (float) (heightMm * PT_PER_MM)));
        doc.addPage(page);
        try {
            Page p = new Page(pages.size(), page, new PDPageContentStream(doc, page));
            pages.add(p);
            return p;
        } catch (IOException e) {
            throw new CountersignException("cannot start a PDF page: " + e.getMessage(), e);
        }
    }

    /** The pages added so far, in order. */
    public List<Page> pages() {
        return List.copyOf(pages);
    }

    public int pageCount() {
        return pages.size();
    }

    /** The page at {@code index} (from 0). */
    public Page page(int index) {
        return pages.get(index);
    }

    /** Closes the pages, adds the form fields, the identity, metadata and attachments, and writes the PDF to {@code out}. */
    public void finish(DocumentIdentity identity, PdfMetadata meta, List<Attachment> attachments, String producer, OutputStream out) {
        try {
            for (Page p : pages) {
                p.cs.close();
            }
            finished = true;
            for (DrawnFont f : fonts.values()) {
                f.embed(doc);
            }
            PdfRenderer.finish(doc, slots, identity, meta, attachments, producer, out);
        } catch (IOException e) {
            throw new CountersignException("cannot write the PDF: " + e.getMessage(), e);
        }
    }

    /** Discards the document (after {@link #finish}, or instead of it). */
    @Override
    public void close() {
        try {
            if (!finished) {
                for (Page p : pages) {
                    p.cs.close();
                }
            }
            doc.close();
        } catch (IOException e) {
            throw new CountersignException("cannot close the PDF: " + e.getMessage(), e);
        }
    }

    /** One page: what is drawn on it goes into its content stream in call order. */
    public final class Page {
        private final int index;
        private final float heightPt;
        private final PDPageContentStream cs;
        private int fill = -1;
        private int stroke = -1;
        private float lineWidth = -1;

        private Page(int index, PDPage page, PDPageContentStream cs) {
            this.index = index;
            this.heightPt = page.getMediaBox().getHeight();
            this.cs = cs;
        }

        /** Page number from 1. */
        public int number() {
            return index + 1;
        }

        /**
         * One line of text, its left end at {@code x} and its baseline at {@code baseline}: in the Latin
         * face where it has the glyph, in the CJK face otherwise; '?' for a character neither has.
         */
        public void text(String text, double x, double baseline, double sizePt, boolean bold, int rgb) {
            String printable = FaceRuns.printable(text, bold);
            if (printable.isEmpty()) {
                return;
            }
            try {
                fill(rgb);
                cs.beginText();
                cs.newLineAtOffset(pt(x), y(baseline));
                for (FaceRuns.Run run : FaceRuns.of(printable, bold)) {
                    cs.setFont(font(run.face()), (float) sizePt);
                    cs.showText(run.text());
                }
                cs.endText();
            } catch (IOException e) {
                throw failed(e);
            }
        }

        public void fillRect(double x, double top, double w, double h, int rgb) {
            try {
                fill(rgb);
                cs.addRect(pt(x), y(top + h), pt(w), pt(h));
                cs.fill();
            } catch (IOException e) {
                throw failed(e);
            }
        }

        /** A border of {@code lineMm} lying inside the box, as CSS draws one; dashed 2:1 when asked. */
        public void border(double x, double top, double w, double h, double lineMm, int rgb, boolean dash) {
            double half = lineMm / 2;
            try {
                if (dash) {
                    // the dash pattern stays inside q … Q: art forms drawn later inherit the page's state
                    cs.saveGraphicsState();
                    stroke(lineMm, rgb);
                    cs.setLineDashPattern(new float[] {2 * lineWidth, lineWidth}, 0);
                } else {
                    stroke(lineMm, rgb);
                }
                cs.addRect(pt(x + half), y(top + h - half), pt(w - lineMm), pt(h - lineMm));
                cs.stroke();
                if (dash) {
                    cs.restoreGraphicsState();
                    stroke = -1;
                    lineWidth = -1;
                }
            } catch (IOException e) {
                throw failed(e);
            }
        }

        /** A straight line of {@code lineMm}, centred on the segment from (x1, y1) to (x2, y2). */
        public void line(double x1, double y1, double x2, double y2, double lineMm, int rgb) {
            try {
                stroke(lineMm, rgb);
                cs.moveTo(pt(x1), y(y1));
                cs.lineTo(pt(x2), y(y2));
                cs.stroke();
            } catch (IOException e) {
                throw failed(e);
            }
        }

        /** The vector art registered under {@code ref}, at its own size (1:1), its top-left corner at (x, top). */
        public void art(String ref, double x, double top) {
            VectorArt a = resources.art(ref).orElseThrow(() -> new CountersignException("unknown art \"" + ref + "\""));
            try {
                cs.saveGraphicsState();
                cs.transform(Matrix.getTranslateInstance(pt(x), y(top + a.heightMm())));
                cs.drawForm(art.form(ref, a));
                cs.restoreGraphicsState();
            } catch (IOException e) {
                throw failed(e);
            }
        }

        /** The picture registered under {@code ref}, upright as its EXIF orientation says, filling the box. */
        public void image(String ref, double x, double top, double w, double h) {
            PageImage image = resources.image(ref).orElseThrow(() -> new CountersignException("unknown picture \"" + ref + "\""));
            if (images == null) {
                images = new ImageEmbedder(doc);
            }
            PDImageXObject xobject = images.xobject(image);
            Matrix o = ObjectDrawers.orientationMatrix(image.exifOrientation(), pt(w), pt(h));
            // the turned unit square, then moved to the box: translation added to the orientation's own
            Matrix m = new Matrix(o.getScaleX(), o.getShearY(), o.getShearX(), o.getScaleY(),
                    o.getTranslateX() + pt(x), o.getTranslateY() + y(top + h));
            try {
                cs.drawImage(xobject, m);
            } catch (IOException e) {
                throw failed(e);
            }
        }

        /** The {@code value} button of radio group {@code name}; buttons of one name on a document form one group. */
        public void radio(String name, String value, double x, double top, double w, double h) {
            slot("fld:radio:" + name + ":" + value, x, top, w, h);
        }

        /** A one-line text field. */
        public void textField(String name, double x, double top, double w, double h) {
            slot("fld:text:" + name, x, top, w, h);
        }

        /** A multi-line text field. */
        public void noteField(String name, double x, double top, double w, double h) {
            slot("fld:note:" + name, x, top, w, h);
        }

        public void signatureField(String name, double x, double top, double w, double h) {
            slot("fld:sig:" + name, x, top, w, h);
        }

        private void slot(String id, double x, double top, double w, double h) {
            slots.add(FieldSlot.parse(id, index, pt(x), y(top + h), pt(w), pt(h))
                    .orElseThrow(() -> new IllegalArgumentException("not a field name: " + id)));
        }

        private void fill(int rgb) throws IOException {
            if (fill != rgb) {
                cs.setNonStrokingColor(r(rgb), g(rgb), b(rgb));
                fill = rgb;
            }
        }

        private void stroke(double lineMm, int rgb) throws IOException {
            if (stroke != rgb) {
                cs.setStrokingColor(r(rgb), g(rgb), b(rgb));
                stroke = rgb;
            }
            if (lineWidth != pt(lineMm)) {
                lineWidth = pt(lineMm);
                cs.setLineWidth(lineWidth);
            }
        }

        private float y(double mmFromTop) {
            return heightPt - pt(mmFromTop);
        }
    }

    private static float pt(double mm) {
        return (float) (mm * PT_PER_MM);
    }

    private static float r(int rgb) {
        return ((rgb >> 16) & 0xFF) / 255f;
    }

    private static float g(int rgb) {
        return ((rgb >> 8) & 0xFF) / 255f;
    }

    private static float b(int rgb) {
        return (rgb & 0xFF) / 255f;
    }

    private static CountersignException failed(IOException e) {
        return new CountersignException("cannot draw the PDF page: " + e.getMessage(), e);
    }
}
