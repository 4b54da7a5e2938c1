package io.countersign.render;

import java.awt.Shape;
import java.awt.geom.PathIterator;
import java.io.IOException;
import java.util.List;
import java.util.function.Function;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Writes recorded {@link ArtOps} into a content stream. Colour, line width and join are only
 * written when they change, and art of black rectangles and centred digits comes out exactly as
 * it always did ({@code 0 g}, the rectangles, {@code f}, the texts), so earlier documents keep
 * their bytes.
 */
final class ArtWriter {
    private static final int NONE = -1;

    private final PDPageContentStream cs;
    private final Function<FontLibrary.Face, PDFont> fonts;
    private int fill = NONE;
    private int strokeColour = NONE;
    private float lineWidth = -1;
    private boolean roundJoins;

    ArtWriter(PDPageContentStream cs, Function<FontLibrary.Face, PDFont> fonts) {
        this.cs = cs;
        this.fonts = fonts;
    }

    void write(List<ArtOps.Op> ops) throws IOException {
        fill(VectorArt.BLACK);
        for (ArtOps.Op op : ops) {
            if (op instanceof ArtOps.Rects r) {
                rects(r);
            } else if (op instanceof ArtOps.Fill f) {
                fill(f.rgb());
                path(f.shape());
                cs.fill();
            } else if (op instanceof ArtOps.Stroke s) {
                stroke(s);
            } else if (op instanceof ArtOps.CentredText t) {
                centred(t);
            } else if (op instanceof ArtOps.StyledText t) {
                styled(t);
            }
        }
    }

    private void rects(ArtOps.Rects r) throws IOException {
        fill(VectorArt.BLACK);
        for (float[] rect : r.rects()) {
            cs.addRect(rect[0], rect[1], rect[2], rect[3]);
        }
        cs.fill();
    }

    private void stroke(ArtOps.Stroke s) throws IOException {
        if (strokeColour != s.rgb()) {
            int c = s.rgb();
            if (c == VectorArt.BLACK) {
                cs.setStrokingColor(0f);
            } else {
                cs.setStrokingColor(((c >> 16) & 0xFF) / 255f, ((c >> 8) & 0xFF) / 255f, (c & 0xFF) / 255f);
            }
            strokeColour = c;
        }
        if (lineWidth != s.lineWidth()) {
            cs.setLineWidth(s.lineWidth());
            lineWidth = s.lineWidth();
        }
        if (!roundJoins) {
            cs.setLineJoinStyle(1);
            roundJoins = true;
        }
        path(s.shape());
        cs.stroke();
    }

    /** The digits under a barcode: regular Latin, centred by the font's own widths. */
    private void centred(ArtOps.CentredText t) throws IOException {
        fill(VectorArt.BLACK);
        PDFont font = fonts.apply(FontLibrary.Face.LATIN);
        float width = font.getStringWidth(t.text()) / 1000f * t.size();
        cs.beginText();
        cs.setFont(font, t.size());
        cs.newLineAtOffset(t.centreX() - width / 2, t.baseline());
        cs.showText(t.text());
        cs.endText();
    }

    /** Text in runs of one face each: Latin where the Latin face has the glyph, CJK otherwise; '?' where neither has it. */
    private void styled(ArtOps.StyledText t) throws IOException {
        FontLibrary lib = FontLibrary.bundled();
        boolean bold = t.style().bold();
        String text = FaceRuns.printable(t.text(), bold);
        float width = (float) lib.width(text, t.size(), bold);
        float x = switch (t.style().align()) {
            case LEFT -> t.x();
            case CENTRE -> t.x() - width / 2;
            case RIGHT -> t.x() - width;
        };
        fill(t.style().rgb());
        cs.beginText();
        cs.newLineAtOffset(x, t.baseline());
        for (FaceRuns.Run run : FaceRuns.of(text, bold)) {
            cs.setFont(fonts.apply(run.face()), t.size());
            cs.showText(run.text());
        }
        cs.endText();
    }

    private void fill(int rgb) throws IOException {
        if (fill == rgb) {
            return;
        }
        if (rgb == VectorArt.BLACK) {
            cs.setNonStrokingColor(0f);
        } else {
            cs.setNonStrokingColor(((rgb >> 16) & 0xFF) / 255f, ((rgb >> 8) & 0xFF) / 255f, (rgb & 0xFF) / 255f);
        }
        fill = rgb;
    }

    /** Appends the shape's path; quadratic segments become the equivalent cubic ones. */
    private void path(Shape shape) throws IOException {
        float[] c = new float[6];
        float lastX = 0;
        float lastY = 0;
        for (PathIterator it = shape.getPathIterator(null); !it.isDone(); it.next()) {
            switch (it.currentSegment(c)) {
                case PathIterator.SEG_MOVETO -> {
                    cs.moveTo(c[0], c[1]);
                    lastX = c[0];
                    lastY = c[1];
                }
                case PathIterator.SEG_LINETO -> {
                    cs.lineTo(c[0], c[1]);
                    lastX = c[0];
                    lastY = c[1];
                }
                case PathIterator.SEG_QUADTO -> {
                    cs.curveTo(lastX + 2f / 3 * (c[0] - lastX), lastY + 2f / 3 * (c[1] - lastY),
                            c[2] + 2f / 3 * (c[0] - c[2]), c[3] + 2f / 3 * (c[1] - c[3]), c[2], c[3]);
                    lastX = c[2];
                    lastY = c[3];
                }
                case PathIterator.SEG_CUBICTO -> {
                    cs.curveTo(c[0], c[1], c[2], c[3], c[4], c[5]);
                    lastX = c[4];
                    lastY = c[5];
                }
                default -> cs.closePath();
            }
        }
    }
}
