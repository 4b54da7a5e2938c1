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
import org.apache.pdfbox.util.Matrix;

/**
 * What a page's content stream draws where, in page space (points, origin bottom left): every
 * image with the transformation it is drawn with, and the outline of every symbol — a fill made
 * of many rectangles, which is how barcodes and QR codes are drawn.
 */
public final class PageDrawing extends PDFGraphicsStreamEngine {
    /** A fill with at least this many rectangles is a symbol; table borders and backgrounds have one. */
    private static final int SYMBOL_RECTANGLES = 10;

    /** An image drawn on the page; {@code ctm} maps the image's unit square onto the page. */
    public record DrawnImage(PDImage image, Matrix ctm) {
        /** Where a point of the unit square lands; (0,1) is the stored image's top-left pixel. */
        public Point2D.Float at(float x, float y) {
            return ctm.transformPoint(x, y);
        }

        /** The page area the image covers. */
        public Rectangle2D box() {
            Rectangle2D box = new Rectangle2D.Double();
            box.setFrameFromDiagonal(at(0, 0), at(1, 1));
            box.add(at(0, 1));
            box.add(at(1, 0));
            return box;
        }
    }

    private final List<DrawnImage> images = new ArrayList<>();
    private final List<Rectangle2D> symbols = new ArrayList<>();
    private final List<List<Rectangle2D>> symbolRectangles = new ArrayList<>();
    private final List<Rectangle2D> pathRectangles = new ArrayList<>();
    private Rectangle2D path;
    private Point2D current = new Point2D.Float();

    private PageDrawing(PDPage page) {
        super(page);
    }

    public static PageDrawing of(PDPage page) {
        PageDrawing drawing = new PageDrawing(page);
        try {
            drawing.processPage(page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return drawing;
    }

    public List<DrawnImage> images() {
        return images;
    }

    /** Outlines of barcodes and QR codes, in page space. */
    public List<Rectangle2D> symbols() {
        return symbols;
    }

    /**
     * The filled rectangles each symbol is made of (bars, bearer bars, QR modules), in page space and
     * drawing order; the n-th list belongs to the n-th outline of {@link #symbols()}.
     */
    public List<List<Rectangle2D>> symbolRectangles() {
        return symbolRectangles;
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        Rectangle2D r = new Rectangle2D.Double();
        r.setFrameFromDiagonal(p0, p2);
        r.add(p1);
        r.add(p3);
        path = path == null ? r : path.createUnion(r);
        pathRectangles.add(r);
    }

    @Override
    public void drawImage(PDImage image) {
        images.add(new DrawnImage(image, getGraphicsState().getCurrentTransformationMatrix().clone()));
    }

    @Override
    public void fillPath(int windingRule) {
        if (pathRectangles.size() >= SYMBOL_RECTANGLES) {
            symbols.add(path);
            symbolRectangles.add(List.copyOf(pathRectangles));
        }
        endPath();
    }

    @Override
    public void fillAndStrokePath(int windingRule) {
        fillPath(windingRule);
    }

    @Override
    public void strokePath() {
        endPath();
    }

    @Override
    public void endPath() {
        path = null;
        pathRectangles.clear();
    }

    @Override
    public void clip(int windingRule) {
    }

    @Override
    public void moveTo(float x, float y) {
        current = new Point2D.Float(x, y);
    }

    @Override
    public void lineTo(float x, float y) {
        current = new Point2D.Float(x, y);
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        current = new Point2D.Float(x3, y3);
    }

    @Override
    public Point2D getCurrentPoint() {
        return current;
    }

    @Override
    public void closePath() {
    }

    @Override
    public void shadingFill(COSName shadingName) {
    }
}
