package io.countersign.labels;

import io.countersign.render.VectorArt;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Arc2D;
import java.awt.geom.Area;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;

/**
 * The ISO 780 handling marks every carton carries, drawn as vector paths (no font, no picture) so
 * they print sharp at any size: this way up (two arrows over a bar), keep dry (an umbrella in
 * the rain) and fragile (a cracked wine glass). Each is designed on a 20 × 20 grid and scaled to
 * {@code sizeMm}.
 */
enum HandlingSymbol {
    THIS_WAY_UP("this-way-up") {
        @Override
        void draw(VectorArt.Canvas c, AffineTransform t) {
            Path2D p = new Path2D.Double();
            p.append(new Rectangle2D.Double(3, 17, 14, 1.4), false);
            for (double x : new double[] {6.6, 13.4}) {
                p.append(new Rectangle2D.Double(x - 0.85, 8, 1.7, 8.2), false);
                Path2D head = new Path2D.Double();
                head.moveTo(x, 1.8);
                head.lineTo(x + 3.3, 8.6);
                head.lineTo(x - 3.3, 8.6);
                head.closePath();
                p.append(head, false);
            }
            c.fill(t.createTransformedShape(p), VectorArt.BLACK);
        }
    },
    KEEP_DRY("keep-dry") {
        @Override
        void draw(VectorArt.Canvas c, AffineTransform t) {
            // canopy: the upper half of an ellipse, its lower edge three scallops
            Path2D canopy = new Path2D.Double();
            canopy.append(new Arc2D.Double(2, 5, 16, 10, 0, 180, Arc2D.OPEN), false);
            double[] xs = {2, 7.33, 12.67, 18};
            for (int i = 0; i < 3; i++) {
                canopy.quadTo((xs[i] + xs[i + 1]) / 2, 7.8, xs[i + 1], 10);
            }
            canopy.closePath();
            c.fill(t.createTransformedShape(canopy), VectorArt.BLACK);
            Path2D handle = new Path2D.Double();
            handle.moveTo(10, 9);
            handle.lineTo(10, 16.6);
            handle.quadTo(10, 18.4, 8.4, 18.4);
            handle.quadTo(6.8, 18.4, 6.8, 16.8);
            c.stroke(t.createTransformedShape(handle), 1.2 * t.getScaleX(), VectorArt.BLACK);
            for (double[] d : new double[][] {{4, 2.6}, {10, 1.6}, {16, 2.6}}) {
                c.fill(t.createTransformedShape(drop(d[0], d[1])), VectorArt.BLACK);
            }
        }
    },
    FRAGILE("fragile") {
        @Override
        void draw(VectorArt.Canvas c, AffineTransform t) {
            Path2D glass = new Path2D.Double();
            glass.moveTo(5, 1.5);
            glass.lineTo(15, 1.5);
            glass.curveTo(15, 7, 13.2, 10.4, 10.8, 11);
            glass.lineTo(10.8, 16.4);
            glass.lineTo(14.2, 17.4);
            glass.lineTo(14.2, 18.6);
            glass.lineTo(5.8, 18.6);
            glass.lineTo(5.8, 17.4);
            glass.lineTo(9.2, 16.4);
            glass.lineTo(9.2, 11);
            glass.curveTo(6.8, 10.4, 5, 7, 5, 1.5);
            glass.closePath();
            c.fill(t.createTransformedShape(glass), VectorArt.BLACK);
            Path2D crack = new Path2D.Double();
            crack.moveTo(8.4, 1.5);
            crack.lineTo(10.2, 3.9);
            crack.lineTo(8.9, 5.6);
            crack.lineTo(10.6, 7.9);
            c.stroke(t.createTransformedShape(crack), 0.6 * t.getScaleX(), 0xFFFFFF);
        }
    };

    private static final double GRID = 20;

    private final String id;

    HandlingSymbol(String id) {
        this.id = id;
    }

    /** The id in the identity and the messages, e.g. "keep-dry". */
    String id() {
        return id;
    }

    abstract void draw(VectorArt.Canvas c, AffineTransform gridToMm);

    /** A rain drop: round below, pointed above. */
    private static Shape drop(double cx, double cy) {
        Area a = new Area(new Ellipse2D.Double(cx - 0.8, cy - 0.8, 1.6, 1.6));
        Path2D tip = new Path2D.Double();
        tip.moveTo(cx, cy - 2.1);
        tip.lineTo(cx + 0.78, cy - 0.15);
        tip.lineTo(cx - 0.78, cy - 0.15);
        tip.closePath();
        a.add(new Area(tip));
        return a;
    }

    /** The symbol as art, {@code sizeMm} square. */
    VectorArt art(double sizeMm) {
        return VectorArt.of(sizeMm, sizeMm, canvas -> draw(canvas, AffineTransform.getScaleInstance(sizeMm / GRID, sizeMm / GRID)));
    }
}
