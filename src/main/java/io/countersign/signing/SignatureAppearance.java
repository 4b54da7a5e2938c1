package io.countersign.signing;

import io.countersign.render.FontLibrary;
import io.countersign.render.FontLibrary.Face;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.util.Matrix;

/**
 * The visible face of a signature, drawn as the signature widget's own appearance stream — the
 * page content is never touched, so earlier signatures stay valid. A thin frame, then "Digitally
 * signed by" (or "Certified by"), the signer's name from the certificate, the signing time in UTC,
 * and reason and location when given; set in the bundled fonts (Chinese names included) at the
 * largest size that fits, upright whatever the page's rotation.
 */
final class SignatureAppearance {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);
    private static final float LEADING = 1.25f;
    private static final float MAX_SIZE = 11f;
    private static final float MIN_SIZE = 4f;

    private final PDDocument doc;
    private final FontLibrary fonts = FontLibrary.bundled();
    private final Map<Face, PDFont> embedded = new EnumMap<>(Face.class);

    private SignatureAppearance(PDDocument doc) {
        this.doc = doc;
    }

    /** One line of the appearance; {@code bold} for the signer's name. */
    record Line(String text, boolean bold) {
    }

    /** The lines shown for a signature: heading, name, time, then reason and location if not empty. */
    static List<Line> lines(boolean certification, String signer, Instant time, String reason, String location) {
        List<Line> lines = new ArrayList<>();
        lines.add(new Line(certification ? "Certified by" : "Digitally signed by", false));
        lines.add(new Line(signer, true));
        lines.add(new Line("Date: " + TIME.format(time), false));
        if (!reason.isBlank()) {
            lines.add(new Line("Reason: " + reason.strip(), false));
        }
        if (!location.isBlank()) {
            lines.add(new Line("Location: " + location.strip(), false));
        }
        return lines;
    }

    /** An appearance for a widget of {@code rect} (page coordinates) on a page turned by {@code rotation} degrees. */
    static PDAppearanceStream draw(PDDocument doc, PDRectangle rect, int rotation, List<Line> lines) {
        return new SignatureAppearance(doc).appearance(rect, Math.floorMod(rotation, 360), lines);
    }

    private PDAppearanceStream appearance(PDRectangle rect, int rotation, List<Line> lines) {
        boolean sideways = rotation == 90 || rotation == 270;
        float w = sideways ? rect.getHeight() : rect.getWidth();
        float h = sideways ? rect.getWidth() : rect.getHeight();
        PDAppearanceStream ap = new PDAppearanceStream(doc);
        ap.setBBox(new PDRectangle(w, h));
        ap.setResources(new PDResources());
        // Drawn upright for the reader; the matrix turns it with the page (the viewer fits the turned box into /Rect).
        ap.setMatrix(switch (rotation) {
            case 90 -> new java.awt.geom.AffineTransform(0, 1, -1, 0, 0, 0);
            case 180 -> new java.awt.geom.AffineTransform(-1, 0, 0, -1, 0, 0);
            case 270 -> new java.awt.geom.AffineTransform(0, -1, 1, 0, 0, 0);
            default -> new java.awt.geom.AffineTransform();
        });
        float pad = Math.max(1.5f, Math.min(4f, h * 0.08f));
        float size = fontSize(lines, w - 2 * pad, h - 2 * pad);
        // A page content stream on the appearance, not PDAppearanceContentStream: only this one tells
        // the document about its fonts, so they are subset on save instead of embedded whole.
        try (PDPageContentStream cs = new PDPageContentStream(doc, ap, ap.getContentStream().createOutputStream(COSName.FLATE_DECODE))) {
            cs.setLineWidth(0.6f);
            cs.setStrokingColor(0.05f, 0.22f, 0.55f);
            cs.addRect(0.3f, 0.3f, w - 0.6f, h - 0.6f);
            cs.stroke();
            cs.setNonStrokingColor(0.07f, 0.07f, 0.07f);
            float block = lines.size() * size * LEADING;
            float baseline = h - (h - block) / 2 - size;
            for (Line line : lines) {
                String text = fit(line, size, w - 2 * pad);
                drawLine(cs, text, line.bold(), size, pad, baseline);
                baseline -= size * LEADING;
            }
        } catch (IOException e) {
            throw new SigningInputException("cannot draw the signature appearance: " + e.getMessage(), e);
        }
        return ap;
    }

    /** The largest size, up to 11 pt, at which every line fits the height and — down to 4 pt — the width. */
    private float fontSize(List<Line> lines, float width, float height) {
        float size = Math.min(MAX_SIZE, height / (lines.size() * LEADING));
        for (Line line : lines) {
            double oneEm = fonts.width(printable(line.text(), line.bold()), 1, line.bold());
            if (oneEm > 0) {
                size = (float) Math.min(size, width / oneEm);
            }
        }
        return Math.max(MIN_SIZE, size);
    }

    /** The line, shortened with an ellipsis when it is still too wide at the smallest size. */
    private String fit(Line line, float size, float width) {
        String text = printable(line.text(), line.bold());
        if (fonts.width(text, size, line.bold()) <= width) {
            return text;
        }
        int end = text.length();
        while (end > 0 && fonts.width(text.substring(0, end) + "…", size, line.bold()) > width) {
            end = text.offsetByCodePoints(end, -1);
        }
        return text.substring(0, end) + "…";
    }

    /** Characters no bundled font has become "?" rather than failing the signature. */
    private String printable(String text, boolean bold) {
        StringBuilder sb = new StringBuilder();
        text.codePoints().forEach(cp -> {
            if (Character.isISOControl(cp)) {
                sb.append(' ');
            } else if (fonts.face(cp, bold).isPresent()) {
                sb.appendCodePoint(cp);
            } else {
                sb.append('?');
            }
        });
        return sb.toString();
    }

    /** Sets the line in runs of one face each: Latin from Liberation Sans, the rest from the CJK face. */
    private void drawLine(PDPageContentStream cs, String text, boolean bold, float size, float x, float y) throws IOException {
        cs.beginText();
        cs.setTextMatrix(Matrix.getTranslateInstance(x, y));
        int i = 0;
        while (i < text.length()) {
            Face face = fonts.face(text.codePointAt(i), bold).orElseThrow();
            int end = i;
            while (end < text.length() && fonts.face(text.codePointAt(end), bold).orElseThrow() == face) {
                end += Character.charCount(text.codePointAt(end));
            }
            cs.setFont(font(face), size);
            cs.showText(text.substring(i, end));
            i = end;
        }
        cs.endText();
    }

    private PDFont font(Face face) {
        return embedded.computeIfAbsent(face, f -> fonts.embed(doc, f));
    }
}
