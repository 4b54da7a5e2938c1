package io.countersign.labels;

import io.countersign.render.TextWrap;
import io.countersign.render.VectorArt;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;

/**
 * The sticker at true size — its printed content on white, its die-cut outline — with a width
 * callout below and a height callout to the right, so a printed sheet can be checked with a
 * ruler. The outline is one stroked rectangle exactly the sticker's size.
 */
final class StickerArt implements VectorArt {
    static final int CALLOUT = 0x0B3D91;
    private static final int OUTLINE = 0x333333;
    private static final int SHADOW = 0xD4D4D4;
    private static final double PAD = 1.0;
    private static final double SHADOW_OFFSET = 0.8;
    private static final double DIMENSION_OFFSET = 5.0;
    private static final double EXTENSION_END = 7.0;
    private static final double ARROW = 2.0;
    private static final double LABEL_SIZE = 2.8;
    private static final double THIN = 0.15;

    private final StickerFace face;
    private final String widthLabel;
    private final String heightLabel;

    StickerArt(StickerFace face, String widthLabel, String heightLabel) {
        this.face = face;
        this.widthLabel = widthLabel;
        this.heightLabel = heightLabel;
    }

    @Override
    public double widthMm() {
        return PAD + face.widthMm() + DIMENSION_OFFSET + 1.5 + TextWrap.width(heightLabel, LABEL_SIZE, false) + 1;
    }

    @Override
    public double heightMm() {
        return PAD + face.heightMm() + DIMENSION_OFFSET + 1.2 * LABEL_SIZE + 1.5;
    }

    @Override
    public void draw(Canvas c) {
        double w = face.widthMm();
        double h = face.heightMm();
        c.fill(new Rectangle2D.Double(PAD + SHADOW_OFFSET, PAD + SHADOW_OFFSET, w, h), SHADOW);
        Rectangle2D sticker = new Rectangle2D.Double(PAD, PAD, w, h);
        c.fill(sticker, 0xFFFFFF);
        face.symbol().bars().forEach(b -> c.fillRect(PAD + face.symbolX() + b.x(), PAD + face.symbolY() + b.y(), b.width(), b.height()));
        face.symbol().hri().forEach(d -> c.text(d.text(), PAD + face.symbolX() + d.centreX(), PAD + face.symbolY() + d.baselineY(), d.size()));
        for (StickerFace.TextLine l : face.lines()) {
            c.text(l.text(), PAD + l.x(), PAD + l.baseline(), l.size(), new TextStyle(l.align(), l.bold(), BLACK));
        }
        c.stroke(sticker, 0.25, OUTLINE);

        // width: extension lines down from the bottom corners, the dimension line between them
        double y = PAD + h + DIMENSION_OFFSET;
        c.stroke(new Line2D.Double(PAD, PAD + h + SHADOW_OFFSET + 0.4, PAD, PAD + h + EXTENSION_END), THIN, CALLOUT);
        c.stroke(new Line2D.Double(PAD + w, PAD + h + SHADOW_OFFSET + 0.4, PAD + w, PAD + h + EXTENSION_END), THIN, CALLOUT);
        dimension(c, PAD, y, PAD + w, y);
        c.text(widthLabel, PAD + w / 2, y + 1.2 * LABEL_SIZE, LABEL_SIZE, new TextStyle(Align.CENTRE, false, CALLOUT));

        // height: extension lines right from the right-hand corners
        double x = PAD + w + DIMENSION_OFFSET;
        c.stroke(new Line2D.Double(PAD + w + SHADOW_OFFSET + 0.4, PAD, PAD + w + EXTENSION_END, PAD), THIN, CALLOUT);
        c.stroke(new Line2D.Double(PAD + w + SHADOW_OFFSET + 0.4, PAD + h, PAD + w + EXTENSION_END, PAD + h), THIN, CALLOUT);
        dimension(c, x, PAD, x, PAD + h);
        c.text(heightLabel, x + 1.5, PAD + h / 2 + LABEL_SIZE * 0.35, LABEL_SIZE, new TextStyle(Align.LEFT, false, CALLOUT));
    }

    /** A dimension line with a filled arrowhead at each end, tips exactly on the measured edges. */
    static void dimension(Canvas c, double x1, double y1, double x2, double y2) {
        double len = Math.hypot(x2 - x1, y2 - y1);
        double ux = (x2 - x1) / len;
        double uy = (y2 - y1) / len;
        c.stroke(new Line2D.Double(x1 + ux * ARROW, y1 + uy * ARROW, x2 - ux * ARROW, y2 - uy * ARROW), 0.2, CALLOUT);
        c.fill(arrowhead(x1, y1, ux, uy), CALLOUT);
        c.fill(arrowhead(x2, y2, -ux, -uy), CALLOUT);
    }

    /** A narrow triangle with its tip at (x, y), pointing against (ux, uy). */
    private static Path2D arrowhead(double x, double y, double ux, double uy) {
        double half = 0.6;
        Path2D p = new Path2D.Double();
        p.moveTo(x, y);
        p.lineTo(x + ux * ARROW - uy * half, y + uy * ARROW + ux * half);
        p.lineTo(x + ux * ARROW + uy * half, y + uy * ARROW - ux * half);
        p.closePath();
        return p;
    }
}
