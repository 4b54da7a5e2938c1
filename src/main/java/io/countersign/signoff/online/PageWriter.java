package io.countersign.signoff.online;

import io.countersign.CountersignException;
import io.countersign.render.FaceRuns;
import io.countersign.render.FontLibrary;
import io.countersign.render.FontLibrary.Face;
import java.io.IOException;
import java.util.EnumMap;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Text, boxes and lines on a PDFBox content stream (a page's or an appearance's), in points from the
 * top-left corner. Text is set in the bundled faces — Liberation Sans where it has the glyph, the CJK
 * face otherwise, '?' where neither has one — each face embedded once per document and subset on save.
 */
final class PageWriter {
    private final PDPageContentStream cs;
    private final float height;
    private final Fonts fonts;

    PageWriter(PDPageContentStream cs, float height, Fonts fonts) {
        this.cs = cs;
        this.height = height;
        this.fonts = fonts;
    }

    /** The bundled faces of one document, embedded when first used. */
    static final class Fonts {
        private final PDDocument doc;
        private final Map<Face, PDFont> embedded = new EnumMap<>(Face.class);

        Fonts(PDDocument doc) {
            this.doc = doc;
        }

        PDFont font(Face face) {
            return embedded.computeIfAbsent(face, f -> FontLibrary.bundled().embed(doc, f));
        }
    }

    /** {@code text} with line breaks and tabs as spaces and characters no bundled face has as '?'. */
    static String printable(String text, boolean bold) {
        StringBuilder sb = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> sb.appendCodePoint(Character.isISOControl(cp) || Character.isWhitespace(cp) ? ' ' : cp));
        return FaceRuns.printable(sb.toString(), bold);
    }

    static double width(String printable, double size, boolean bold) {
        return FontLibrary.bundled().width(printable, size, bold);
    }

    /** One line of {@link #printable} text, its left end at {@code x} and its baseline {@code baseline} points from the top. */
    void text(String printable, double x, double baseline, double size, boolean bold, int rgb) {
        if (printable.isBlank()) {
            return;
        }
        try {
            colour(rgb, false);
            cs.beginText();
            cs.newLineAtOffset((float) x, (float) (height - baseline));
            for (FaceRuns.Run run : FaceRuns.of(printable, bold)) {
                cs.setFont(fonts.font(run.face()), (float) size);
                cs.showText(run.text());
            }
            cs.endText();
        } catch (IOException e) {
            throw failed(e);
        }
    }

    void fillRect(double x, double top, double w, double h, int rgb) {
        try {
            colour(rgb, false);
            cs.addRect((float) x, (float) (height - top - h), (float) w, (float) h);
            cs.fill();
        } catch (IOException e) {
            throw failed(e);
        }
    }

    void line(double x1, double y1, double x2, double y2, double width, int rgb) {
        try {
            colour(rgb, true);
            cs.setLineWidth((float) width);
            cs.moveTo((float) x1, (float) (height - y1));
            cs.lineTo((float) x2, (float) (height - y2));
            cs.stroke();
        } catch (IOException e) {
            throw failed(e);
        }
    }

    private void colour(int rgb, boolean stroking) throws IOException {
        float r = ((rgb >> 16) & 0xFF) / 255f;
        float g = ((rgb >> 8) & 0xFF) / 255f;
        float b = (rgb & 0xFF) / 255f;
        if (stroking) {
            cs.setStrokingColor(r, g, b);
        } else {
            cs.setNonStrokingColor(r, g, b);
        }
    }

    private static CountersignException failed(IOException e) {
        return new CountersignException("cannot draw the certificate of completion: " + e.getMessage(), e);
    }
}
