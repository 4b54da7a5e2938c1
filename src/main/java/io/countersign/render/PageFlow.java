package io.countersign.render;

/**
 * The pages of a drawn document as one column of content running down from the top margin to
 * the footer: where the next block goes, and a new page when it does not fit. Blocks never split.
 */
public final class PageFlow {
    /** A place in the flow: page index and millimetres from the page's top. */
    public record At(int page, double y) {
        public At down(double mm) {
            return new At(page, y + mm);
        }

        /** Whichever of the two places is further on. */
        public static At later(At a, At b) {
            return a.page() != b.page() ? (a.page() > b.page() ? a : b) : (a.y() >= b.y() ? a : b);
        }
    }

    private final DrawnPdf pdf;
    private final double pageWidth;
    private final double pageHeight;
    private final double top;
    private final double bottom;

    /** Pages {@code pageWidth} × {@code pageHeight} mm whose content lies between {@code top} and {@code bottom} (mm from the page's top). */
    public PageFlow(DrawnPdf pdf, double pageWidth, double pageHeight, double top, double bottom) {
        this.pdf = pdf;
        this.pageWidth = pageWidth;
        this.pageHeight = pageHeight;
        this.top = top;
        this.bottom = bottom;
    }

    /** The top of the first page. */
    public At start() {
        return new At(0, top);
    }

    public double top() {
        return top;
    }

    /** Where the content ends and the footer begins. */
    public double bottom() {
        return bottom;
    }

    public boolean fits(At at, double h) {
        return at.y() + h <= bottom;
    }

    /** Where a block {@code h} high goes: here, or at the top of the next page when it does not fit (unless it is at the top already). */
    public At fit(At at, double h) {
        return fits(at, h) || at.y() <= top ? at : new At(at.page() + 1, top);
    }

    /** The page of {@code at}, added (with any before it) when it is not there yet. */
    public DrawnPdf.Page page(At at) {
        while (pdf.pageCount() <= at.page()) {
            pdf.addPage(pageWidth, pageHeight);
        }
        return pdf.page(at.page());
    }
}
