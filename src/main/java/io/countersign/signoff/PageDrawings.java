package io.countersign.signoff;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Compares how an issued and a returned page look, form fields left out. Text and picture
 * comparison cannot see a white box painted over a quantity, or a line drawn through a style;
 * the rendered pages can. Only used for pages whose content streams differ, so an untouched page
 * costs nothing. When the form was flattened, the places of the issued fields are left out too:
 * the ticks and notes were drawn there.
 */
final class PageDrawings {
    /** Enough to see a covered 8 pt figure (about 8 pixels tall), cheap to render. */
    private static final float DPI = 72;
    /** Grey levels (of 255) two renderings of the same content never differ by. */
    private static final int TOLERANCE = 48;
    /** Differing pixels needed to call it a change: a few stray anti-aliasing pixels are not one. */
    private static final int MIN_PIXELS = 6;
    private static final double MM_PER_PIXEL = 25.4 / DPI;

    private PageDrawings() {
    }

    /** Where the returned page looks different, worded for the report; empty when it looks as issued. */
    static Optional<String> difference(PDDocument issued, PDDocument returned, int pageIndex, boolean flattened,
                                       DocumentIdentity identity) throws IOException {
        BufferedImage a = render(issued, pageIndex);
        BufferedImage b = render(returned, pageIndex);
        if (a.getWidth() != b.getWidth() || a.getHeight() != b.getHeight()) {
            return Optional.of("the page size changed");
        }
        PDPage page = issued.getPage(pageIndex);
        List<Rectangle> ignored = flattened ? fieldAreas(page) : List.of();
        Raster ra = a.getRaster();
        Raster rb = b.getRaster();
        int count = 0;
        int minX = Integer.MAX_VALUE;
        int minY = Integer.MAX_VALUE;
        int maxX = -1;
        int maxY = -1;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                if (Math.abs(ra.getSample(x, y, 0) - rb.getSample(x, y, 0)) > TOLERANCE && !inside(ignored, x, y)) {
                    count++;
                    minX = Math.min(minX, x);
                    minY = Math.min(minY, y);
                    maxX = Math.max(maxX, x);
                    maxY = Math.max(maxY, y);
                }
            }
        }
        if (count < MIN_PIXELS) {
            return Optional.empty();
        }
        String near = nearestPoint(page, (minY + maxY) / 2.0, identity).map(p -> " (on the line of " + p + ")").orElse("");
        return Optional.of(String.format(java.util.Locale.ROOT,
                "something was painted over or removed from the page%s: %d–%d mm from the left, %d–%d mm from the top",
                near, mm(minX), mm(maxX + 1), mm(minY), mm(maxY + 1)));
    }

    private static BufferedImage render(PDDocument doc, int pageIndex) throws IOException {
        PDFRenderer renderer = new PDFRenderer(doc);
        renderer.setAnnotationsFilter(annotation -> false);
        return renderer.renderImageWithDPI(pageIndex, DPI, ImageType.GRAY);
    }

    private static List<Rectangle> fieldAreas(PDPage page) throws IOException {
        List<Rectangle> areas = new ArrayList<>();
        for (PDAnnotation annotation : page.getAnnotations()) {
            if (annotation instanceof PDAnnotationWidget) {
                areas.add(pixels(page, annotation.getRectangle(), 2));
            }
        }
        return areas;
    }

    /** The point whose decision buttons are closest in height to {@code y} (pixels from the top). */
    private static Optional<String> nearestPoint(PDPage page, double y, DocumentIdentity identity) throws IOException {
        String best = null;
        double distance = Double.MAX_VALUE;
        for (PDAnnotation annotation : page.getAnnotations()) {
            if (!(annotation instanceof PDAnnotationWidget)) {
                continue;
            }
            COSDictionary parent = annotation.getCOSObject().getCOSDictionary(COSName.PARENT);
            COSDictionary grand = parent == null ? null : parent.getCOSDictionary(COSName.PARENT);
            String partial = parent == null ? null : parent.getString(COSName.T);
            if (grand == null || !"signoff".equals(grand.getString(COSName.T))
                    || identity.points().stream().noneMatch(p -> p.id().equals(partial))) {
                continue;
            }
            Rectangle r = pixels(page, annotation.getRectangle(), 0);
            double d = Math.abs(r.getCenterY() - y);
            if (d < distance) {
                distance = d;
                best = partial;
            }
        }
        return Optional.ofNullable(best);
    }

    private static Rectangle pixels(PDPage page, PDRectangle r, int margin) {
        PDRectangle box = page.getCropBox();
        double scale = DPI / 72.0;
        int x = (int) Math.floor((r.getLowerLeftX() - box.getLowerLeftX()) * scale) - margin;
        int y = (int) Math.floor((box.getUpperRightY() - r.getUpperRightY()) * scale) - margin;
        return new Rectangle(x, y, (int) Math.ceil(r.getWidth() * scale) + 2 * margin, (int) Math.ceil(r.getHeight() * scale) + 2 * margin);
    }

    private static boolean inside(List<Rectangle> areas, int x, int y) {
        for (Rectangle r : areas) {
            if (r.contains(x, y)) {
                return true;
            }
        }
        return false;
    }

    private static int mm(int pixels) {
        return (int) Math.round(pixels * MM_PER_PIXEL);
    }
}
