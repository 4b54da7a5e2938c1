package io.countersign.labels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.countersign.barcode.Symbology;
import io.countersign.testing.PageDrawing;
import io.countersign.testing.PagePaths;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The sticker sheet measured like a printed copy with a ruler: the sticker's outline is its true
 * size (mm × 72 / 25.4 points), the barcode's narrow bar is X × magnification, its quiet zones lie
 * on the sticker, and the 50 mm scale bar is 50 mm.
 */
class StickerSheetGeometryTest {
    private static final double PT_PER_MM = 72 / 25.4;

    @ParameterizedTest(name = "{0} × {1} mm {2} at {3}")
    @CsvSource({
        "50, 40, STANDARD, 1.00",
        "50, 30, STANDARD, 0.80",
        "60, 30, SIDE, 1.00",
        "40, 30, BARCODE_ONLY, 0.90",
        "100, 70, STANDARD, 2.00",
        "37.5, 52.5, STANDARD, 0.85",
        "105, 85, SIDE, 1.00",
    })
    void theStickerOutlineIsTheStickersTrueSizeOnOnePage(String w, String h, StickerLayout layout, double magnification) throws IOException {
        RenderedSheet sheet = CaseSkus.RENDERER.render(CaseSkus.sticker(w, h, layout), SheetKind.STICKER, CaseSkus.options("en", magnification));

        try (PDDocument doc = Loader.loadPDF(sheet.pdf())) {
            assertThat(doc.getNumberOfPages()).as("pages").isEqualTo(1);
            Rectangle2D outline = stickerOutline(doc, Double.parseDouble(w), Double.parseDouble(h));

            // PDF coordinates are 32-bit floats: a few thousandths of a point, never a visible difference
            assertThat(outline.getWidth()).as("width in points").isCloseTo(Double.parseDouble(w) * PT_PER_MM, within(0.01));
            assertThat(outline.getHeight()).as("height in points").isCloseTo(Double.parseDouble(h) * PT_PER_MM, within(0.01));
        }
    }

    @ParameterizedTest(name = "UPC-A at {0}")
    @CsvSource({"0.80", "1.00", "1.50", "2.00"})
    void theNarrowBarIsXTimesTheMagnificationAndTheQuietZonesAreOnTheSticker(double magnification) throws IOException {
        RenderedSheet sheet = CaseSkus.RENDERER.render(CaseSkus.sticker("100", "70", StickerLayout.STANDARD), SheetKind.STICKER,
                CaseSkus.options("en", magnification));
        double x = 0.33 * magnification;

        try (PDDocument doc = Loader.loadPDF(sheet.pdf())) {
            Rectangle2D sticker = stickerOutline(doc, 100, 70);
            List<Rectangle2D> bars = upcBars(doc, sticker);
            double narrow = bars.stream().mapToDouble(Rectangle2D::getWidth).min().orElseThrow() / PT_PER_MM;
            double first = bars.get(0).getMinX();
            double last = bars.get(bars.size() - 1).getMaxX();

            assertThat(narrow).as("narrowest bar in mm").isCloseTo(x, within(0.01 * x));
            // UPC-A: 95 modules from the first guard bar to the last
            assertThat((last - first) / PT_PER_MM).as("guard to guard").isCloseTo(95 * x, within(0.01 * 95 * x));
            assertThat((first - sticker.getMinX()) / PT_PER_MM).as("left of the bars on the sticker")
                    .isGreaterThanOrEqualTo(Symbology.UPC_A.leftQuietModules() * x - 0.001);
            assertThat((sticker.getMaxX() - last) / PT_PER_MM).as("right of the bars on the sticker")
                    .isGreaterThanOrEqualTo(Symbology.UPC_A.rightQuietModules() * x - 0.001);
            double bottom = bars.stream().mapToDouble(Rectangle2D::getMinY).min().orElseThrow();
            double top = bars.stream().mapToDouble(Rectangle2D::getMaxY).max().orElseThrow();
            // guard bars are 5X longer than the 22.85 mm × magnification of the others
            assertThat((top - bottom) / PT_PER_MM).as("guard bar height").isCloseTo(22.85 * magnification + 5 * x, within(0.01));
        }
    }

    @ParameterizedTest(name = "{0} × {1} mm")
    @CsvSource({"50, 40", "100, 70"})
    void theScaleBarIsFiftyMillimetresAndTheCalloutsSpanTheSticker(double w, double h) throws IOException {
        RenderedSheet sheet = CaseSkus.RENDERER.render(CaseSkus.sticker(Double.toString(w), Double.toString(h), StickerLayout.STANDARD),
                SheetKind.STICKER, CaseSkus.options());

        try (PDDocument doc = Loader.loadPDF(sheet.pdf())) {
            List<PagePaths.Painted> paths = PagePaths.of(doc.getPage(0));
            Rectangle2D sticker = stickerOutline(doc, w, h);

            // the ruler's base line: one straight black line, 50 mm long
            assertThat(paths).filteredOn(p -> p.stroked() && p.segments() == 1 && p.rgb() == 0 && p.bounds().getHeight() < 0.01)
                    .extracting(PagePaths.Painted::widthMm).anySatisfy(len -> assertThat(len).isCloseTo(50.0, within(0.01)));
            // arrowheads of the callouts: their tips touch the sticker's edges
            List<Rectangle2D> heads = paths.stream().filter(p -> !p.stroked() && p.rgb() == StickerArt.CALLOUT && p.segments() == 2)
                    .map(PagePaths.Painted::bounds).toList();
            assertThat(heads).hasSize(4);
            assertThat(heads.stream().mapToDouble(Rectangle2D::getMinX).min().orElseThrow()).isCloseTo(sticker.getMinX(), within(0.01));
            assertThat(heads.stream().filter(r -> r.getWidth() > r.getHeight()).mapToDouble(Rectangle2D::getMaxX).max().orElseThrow())
                    .isCloseTo(sticker.getMaxX(), within(0.01));
            assertThat(heads.stream().filter(r -> r.getHeight() > r.getWidth()).mapToDouble(Rectangle2D::getMaxY).max().orElseThrow())
                    .isCloseTo(sticker.getMaxY(), within(0.01));
            assertThat(heads.stream().filter(r -> r.getHeight() > r.getWidth()).mapToDouble(Rectangle2D::getMinY).min().orElseThrow())
                    .isCloseTo(sticker.getMinY(), within(0.01));
        }
    }

    /** The one stroked closed four-sided path about the sticker's size: its die-cut outline. */
    static Rectangle2D stickerOutline(PDDocument doc, double wMm, double hMm) {
        List<Rectangle2D> outlines = PagePaths.of(doc.getPage(0)).stream()
                .filter(p -> p.stroked() && p.segments() == 4)
                .filter(p -> Math.abs(p.widthMm() - wMm) < 1 && Math.abs(p.heightMm() - hMm) < 1)
                .map(PagePaths.Painted::bounds).toList();
        assertThat(outlines).as("the sticker outline").hasSize(1);
        return outlines.get(0);
    }

    /** The UPC's bars: the rectangles of the drawn symbol that lies on the sticker, left to right. */
    static List<Rectangle2D> upcBars(PDDocument doc, Rectangle2D sticker) {
        PageDrawing drawing = PageDrawing.of(doc.getPage(0));
        for (int i = 0; i < drawing.symbols().size(); i++) {
            if (sticker.contains(drawing.symbols().get(i))) {
                return drawing.symbolRectangles().get(i).stream().sorted(Comparator.comparingDouble(Rectangle2D::getMinX)).toList();
            }
        }
        throw new AssertionError("no symbol on the sticker");
    }
}
