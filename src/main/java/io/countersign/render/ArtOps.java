package io.countersign.render;

import java.awt.Shape;
import java.util.ArrayList;
import java.util.List;

/**
 * Records what a {@link VectorArt} draws, in call order and already in PDF space (points, y up
 * from the bottom of the art's box), so {@link ArtWriter} can write it as one content stream.
 * Consecutive black rectangles are collected into one {@link Rects}: a barcode is one fill.
 */
final class ArtOps implements VectorArt.Canvas {
    static final double POINTS_PER_MM = 72.0 / 25.4;

    sealed interface Op permits Rects, Fill, Stroke, CentredText, StyledText {
    }

    /** Black rectangles as x, y (bottom left), width, height. */
    record Rects(List<float[]> rects) implements Op {
    }

    /** A shape in points, y up. */
    record Fill(Shape shape, int rgb) implements Op {
    }

    record Stroke(Shape shape, float lineWidth, int rgb) implements Op {
    }

    record CentredText(String text, float centreX, float baseline, float size) implements Op {
    }

    record StyledText(String text, float x, float baseline, float size, VectorArt.TextStyle style) implements Op {
    }

    final List<Op> ops = new ArrayList<>();
    private final float height;

    /** {@code heightPt} is the art's height in points, which flips y. */
    ArtOps(float heightPt) {
        this.height = heightPt;
    }

    @Override
    public void fillRect(double x, double y, double w, double h) {
        Rects rects = ops.isEmpty() || !(ops.get(ops.size() - 1) instanceof Rects r) ? null : r;
        if (rects == null) {
            rects = new Rects(new ArrayList<>());
            ops.add(rects);
        }
        rects.rects().add(new float[] {pt(x), height - pt(y + h), pt(w), pt(h)});
    }

    @Override
    public void text(String text, double centreX, double baselineY, double size) {
        ops.add(new CentredText(text, pt(centreX), height - pt(baselineY), pt(size)));
    }

    @Override
    public void fill(Shape shape, int rgb) {
        ops.add(new Fill(toPdf(shape), rgb));
    }

    @Override
    public void stroke(Shape shape, double lineWidth, int rgb) {
        ops.add(new Stroke(toPdf(shape), pt(lineWidth), rgb));
    }

    @Override
    public void text(String text, double x, double baselineY, double size, VectorArt.TextStyle style) {
        ops.add(new StyledText(text, pt(x), height - pt(baselineY), pt(size), style));
    }

    /** Millimetres y down to points y up, curves kept. */
    private Shape toPdf(Shape mm) {
        java.awt.geom.AffineTransform t = new java.awt.geom.AffineTransform(POINTS_PER_MM, 0, 0, -POINTS_PER_MM, 0, height);
        return t.createTransformedShape(mm);
    }

    static float pt(double mm) {
        return (float) (mm * POINTS_PER_MM);
    }
}
