package io.countersign.labels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.countersign.testing.PageDrawing;
import io.countersign.testing.PagePaths;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The carton sheet measured: the ITF-14 as placed keeps GS1's geometry, a turned PDF drawing shows as a viewer turns it. */
class CartonSheetGeometryTest {
    private static final double MM_PER_PT = 25.4 / 72;

    @ParameterizedTest(name = "{0} at {1}")
    @CsvSource({"DIRECT, 0.625", "LABEL, 0.50", "DIRECT, 1.00"})
    void theItf14OnTheSheetHasItsNarrowBarWideBarAndBearersAtGs1Size(ItfPrint print, double magnification) throws IOException {
        LabelOptions options = new LabelOptions("en", 1.0, print, magnification, CaseSkus.ISSUED_AT, Optional.empty());
        RenderedSheet sheet = CaseSkus.RENDERER.render(CaseSkus.carton(Optional.empty()), SheetKind.CARTON, options);
        double x = 1.016 * magnification;

        try (PDDocument doc = Loader.loadPDF(sheet.pdf())) {
            PageDrawing drawing = PageDrawing.of(doc.getPage(1));
            int widest = 0;
            for (int i = 1; i < drawing.symbols().size(); i++) {
                if (drawing.symbols().get(i).getWidth() > drawing.symbols().get(widest).getWidth()) {
                    widest = i;
                }
            }
            List<Rectangle2D> parts = drawing.symbolRectangles().get(widest);
            List<Rectangle2D> bars = parts.stream().filter(r -> Math.abs(r.getHeight() * MM_PER_PT - 31.75) < 0.01)
                    .filter(r -> r.getWidth() * MM_PER_PT < 3 * x).sorted(Comparator.comparingDouble(Rectangle2D::getMinX)).toList();
            double narrow = bars.stream().mapToDouble(Rectangle2D::getWidth).min().orElseThrow() * MM_PER_PT;
            double wide = bars.stream().mapToDouble(Rectangle2D::getWidth).max().orElseThrow() * MM_PER_PT;
            double top = parts.stream().filter(r -> r.getWidth() * MM_PER_PT > 50).mapToDouble(Rectangle2D::getHeight).max().orElseThrow()
                    * MM_PER_PT;

            assertThat(bars).as("bars of 14 digits with start and stop").hasSize(39);
            assertThat(narrow).as("narrow bar").isCloseTo(x, within(0.01 * x));
            assertThat(wide / narrow).as("wide:narrow").isCloseTo(2.5, within(0.025));
            assertThat(top).as("bearer").isCloseTo(print == ItfPrint.DIRECT ? 4.8 : 2 * x, within(0.01));
        }
    }

    @ParameterizedTest(name = "/Rotate {0}")
    @CsvSource({"0, false", "90, true", "180, false", "270, true"})
    void aTurnedPdfDrawingIsShownTurnedAsAViewerShowsIt(int rotation, boolean tall) throws IOException {
        LineDrawing turned = TestDrawings.pdf(CaseSkus.tempDir(), "turned-" + rotation + ".pdf", rotation);
        RenderedSheet sheet = CaseSkus.RENDERER.render(CaseSkus.carton(Optional.of(turned)), SheetKind.CARTON, CaseSkus.options());

        try (PDDocument doc = Loader.loadPDF(sheet.pdf())) {
            // the box's outline: one black stroke of a rectangle and five lines (see TestDrawings)
            Rectangle2D box = PagePaths.of(doc.getPage(0)).stream().filter(p -> p.stroked() && p.rgb() == 0 && p.segments() == 9)
                    .map(PagePaths.Painted::bounds).findFirst().orElseThrow();

            // the box outline is 140 × 85 pt on the page: wider than tall unless turned a quarter
            assertThat(box.getHeight() > box.getWidth()).as("%s × %s pt", box.getWidth(), box.getHeight()).isEqualTo(tall);
            assertThat(Math.max(box.getWidth(), box.getHeight()) / Math.min(box.getWidth(), box.getHeight()))
                    .as("proportions kept").isCloseTo(140.0 / 85, within(0.01));
        }
    }
}
