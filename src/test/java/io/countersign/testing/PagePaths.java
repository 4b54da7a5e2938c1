package io.countersign.testing;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;

/**
 * Every path a page strokes or fills, in page space (points, origin bottom left), with the number
 * of its segments and the colour it is painted in — what a ruler laid on the printed page would
 * measure: an outline's size, a line's length.
 */
public final class PagePaths extends PDFGraphicsStreamEngine {

    /** One painted path: its bounds (without line width), its straight and curved segments, its colour as 0xRRGGBB. */
    public record Painted(boolean stroked, Rectangle2D bounds, int segments, int rgb) {
        public double widthMm() {
            return bounds.getWidth() * 25.4 / 72;
        }

        public double heightMm() {
            return bounds.getHeight() * 25.4 / 72;
        }
    }

    private final List<Painted> painted = new ArrayList<>();
    private Rectangle2D path;
    private int segments;
    private Point2D current = new Point2D.Float();

    private PagePaths(PDPage page) {
        super(page);
    }

    public static List<Painted> of(PDPage page) {
        PagePaths paths = new PagePaths(page);
        try {
            paths.processPage(page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return paths.painted;
    }

    private void add(Point2D p) {
        if (path == null) {
            path = new Rectangle2D.Double(p.getX(), p.getY(), 0, 0);
        } else {
            path.add(p);
        }
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        add(p0);
        add(p1);
        add(p2);
        add(p3);
        segments += 4;
    }

    @Override
    public void moveTo(float x, float y) {
        current = new Point2D.Float(x, y);
        add(current);
    }

    @Override
    public void lineTo(float x, float y) {
        current = new Point2D.Float(x, y);
        add(current);
        segments++;
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        current = new Point2D.Float(x3, y3);
        add(current);
        segments++;
    }

    @Override
    public void strokePath() throws IOException {
        paint(true, getGraphicsState().getStrokingColor().toRGB());
    }

    @Override
    public void fillPath(int windingRule) throws IOException {
        paint(false, getGraphicsState().getNonStrokingColor().toRGB());
    }

    @Override
    public void fillAndStrokePath(int windingRule) throws IOException {
        fillPath(windingRule);
    }

    private void paint(boolean stroked, int rgb) {
        if (path != null) {
            painted.add(new Painted(stroked, path, segments, rgb));
        }
        endPath();
    }

    @Override
    public void endPath() {
        path = null;
        segments = 0;
    }

    @Override
    public Point2D getCurrentPoint() {
        return current;
    }

    @Override
    public void drawImage(PDImage pdImage) {
    }

    @Override
    public void clip(int windingRule) {
    }

    @Override
    public void closePath() {
    }

    @Override
    public void shadingFill(COSName shadingName) {
    }
}
