package io.countersign.labels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.ReaderException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import io.countersign.barcode.InvalidSymbolException;
import io.countersign.gs1.Gtin;
import io.countersign.render.PdfMetadata;
import io.countersign.render.PdfRenderer;
import io.countersign.render.RenderResources;
import io.countersign.signoff.DocumentIdentity;
import io.countersign.testing.PageDrawing;
import io.countersign.testing.PdfText;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The carton's ITF-14 placed by a template through {@code cs/art}, rendered by the real PDF
 * pipeline, then measured in the PDF's drawn rectangles and read back at 300 dpi with ZXing.
 */
class ItfArtTest {
    private static final double MM_PER_PT = 25.4 / 72;
    private static final int DPI = 300;
    private static final Gtin CARTON = Gtin.parse("10084631001022");
    private static final double X = 1.016;

    @ParameterizedTest(name = "{0} at {1}")
    @CsvSource({"LABEL, 0.50", "LABEL, 0.625", "LABEL, 1.00", "DIRECT, 0.625", "DIRECT, 1.00"})
    void barsQuietZonesAndBearersMeasureToGs1InThePdf(ItfPrint print, double magnification) throws IOException {
        ItfArt art = ItfArt.of(CARTON, print, magnification);
        double x = X * magnification;

        try (PDDocument doc = Loader.loadPDF(pdf(art))) {
            PageDrawing drawing = PageDrawing.of(doc.getPage(0));
            assertThat(drawing.symbols()).as("one symbol on the page").hasSize(1);
            Rectangle2D outline = mm(drawing.symbols().get(0));
            Parts parts = Parts.of(drawing.symbolRectangles().get(0).stream().map(ItfArtTest::mm).toList(), outline);

            assertThat(outline.getWidth()).as("width").isCloseTo(art.widthMm(), within(0.01));
            assertThat(parts.bars()).hasSize(39);
            double narrow = parts.bars().stream().mapToDouble(Rectangle2D::getWidth).min().orElseThrow();
            double wide = parts.bars().stream().mapToDouble(Rectangle2D::getWidth).max().orElseThrow();
            assertThat(narrow).as("narrow bar").isCloseTo(x, within(0.01 * x));
            assertThat(wide).as("wide bar").isCloseTo(2.5 * narrow, within(0.01 * 2.5 * narrow));
            assertThat(parts.bars()).allSatisfy(b -> assertThat(b.getWidth()).satisfiesAnyOf(
                    w -> assertThat(w).isCloseTo(narrow, within(0.01 * x)),
                    w -> assertThat(w).isCloseTo(wide, within(0.01 * x))));
            // 39 bars and 38 spaces between the first and the last bar: 48 narrow and 29 wide in all
            Rectangle2D first = parts.bars().get(0);
            Rectangle2D last = parts.bars().get(parts.bars().size() - 1);
            assertThat(last.getMaxX() - first.getMinX()).as("start to stop").isCloseTo(120.5 * x, within(0.01 * 120.5 * x));

            double leftEdge = print == ItfPrint.DIRECT ? parts.left().getMaxX() : outline.getMinX();
            double rightEdge = print == ItfPrint.DIRECT ? parts.right().getMinX() : outline.getMaxX();
            // PDF coordinates are 32-bit floats: a few micrometres of rounding, never a module
            assertThat(first.getMinX() - leftEdge).as("left quiet zone").isGreaterThanOrEqualTo(10 * x - 0.001);
            assertThat(rightEdge - last.getMaxX()).as("right quiet zone").isGreaterThanOrEqualTo(10 * x - 0.001);

            double bearer = print == ItfPrint.DIRECT ? 4.8 : 2 * x;
            assertThat(parts.top().getHeight()).as("top bearer").isCloseTo(bearer, within(0.01 * bearer));
            assertThat(parts.bottom().getHeight()).as("bottom bearer").isCloseTo(bearer, within(0.01 * bearer));
            assertThat(parts.top().getWidth()).as("top bearer spans the quiet zones").isCloseTo(outline.getWidth(), within(0.001));
            if (print == ItfPrint.DIRECT) {
                assertThat(parts.left().getWidth()).as("left of frame").isCloseTo(4.8, within(0.048));
                assertThat(parts.right().getWidth()).as("right of frame").isCloseTo(4.8, within(0.048));
            }
            assertThat(parts.bars()).allSatisfy(b -> {
                assertThat(b.getHeight()).as("bar height").isCloseTo(31.75, within(0.3175));
                // bars abut the bearers (y grows upwards in the PDF: the top bearer has the larger y)
                assertThat(b.getMaxY()).isCloseTo(parts.top().getMinY(), within(0.001));
                assertThat(b.getMinY()).isCloseTo(parts.bottom().getMaxY(), within(0.001));
            });

            assertThat(PdfText.of(doc)).contains("1 00 84631 00102 2");
        }
    }

    @ParameterizedTest(name = "{0} at {1}")
    @CsvSource({"LABEL, 0.50", "LABEL, 0.625", "LABEL, 1.00", "DIRECT, 0.625", "DIRECT, 1.00"})
    void scansBackToExactlyTheGtin14At300Dpi(ItfPrint print, double magnification) throws IOException, ReaderException {
        BufferedImage page = page(pdf(ItfArt.of(CARTON, print, magnification)));

        Map<DecodeHintType, Object> hints = new EnumMap<>(DecodeHintType.class);
        hints.put(DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.ITF));
        // every row of the page, not only those near its middle: the symbol sits at the top of an A4 page
        hints.put(DecodeHintType.TRY_HARDER, Boolean.TRUE);
        // ITF itself has no fixed length: only 14 digits count, so a short read of part of the bars fails
        hints.put(DecodeHintType.ALLOWED_LENGTHS, new int[] {14});
        String read = new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(
                new BufferedImageLuminanceSource(page))), hints).getText();

        assertThat(read).isEqualTo(CARTON.digits());
    }

    @ParameterizedTest(name = "{0} at {1}")
    @CsvSource({"LABEL, 0.50", "DIRECT, 0.625", "DIRECT, 1.00"})
    void digitsStandAtLeastOneMillimetreBelowTheBottomBearer(ItfPrint print, double magnification) throws IOException {
        ItfArt art = ItfArt.of(CARTON, print, magnification);
        byte[] pdf = pdf(art);
        BufferedImage page = page(pdf);
        Rectangle2D bottomBearer;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PageDrawing drawing = PageDrawing.of(doc.getPage(0));
            Rectangle2D outline = mm(drawing.symbols().get(0));
            bottomBearer = Parts.of(drawing.symbolRectangles().get(0).stream().map(ItfArtTest::mm).toList(), outline).bottom();
            double pageHeight = doc.getPage(0).getMediaBox().getHeight() * MM_PER_PT;
            // from PDF space (y up) to image rows (y down)
            int bearerBottomRow = (int) Math.ceil((pageHeight - bottomBearer.getMinY()) * DPI / 25.4);
            int from = (int) (outline.getMinX() * DPI / 25.4);
            int to = (int) (outline.getMaxX() * DPI / 25.4);
            int firstInk = firstDarkRowBelow(page, bearerBottomRow + 1, from, to);

            double gap = (firstInk - bearerBottomRow) * 25.4 / DPI;
            assertThat(gap).as("clear space between bearer and digits, mm").isGreaterThanOrEqualTo(1.0);
            // and the digits are inside the art's box, so a layout reserving heightMm keeps them
            double artBottomRow = bearerBottomRow + (art.heightMm() - art.symbol().bearerThickness() * 2
                    - art.symbol().barHeight()) * DPI / 25.4;
            assertThat(lastDarkRowBelow(page, firstInk, from, to)).isLessThanOrEqualTo((int) Math.ceil(artBottomRow));
        }
    }

    @Test
    void refusesDirectPrintBelowSixtyTwoAndAHalfPercent() {
        assertThatThrownBy(() -> ItfArt.of(CARTON, ItfPrint.DIRECT, 0.50))
                .isInstanceOf(InvalidSymbolException.class)
                .hasMessageContaining("below 0.625")
                .hasMessageContaining("plate printing on corrugated board");
    }

    @Test
    void refusesTheUnitsUpcAsTheCartonsNumber() {
        assertThatThrownBy(() -> ItfArt.of(Gtin.parse("084631001025"), ItfPrint.LABEL, 1.0))
                .isInstanceOf(InvalidSymbolException.class)
                .hasMessageContaining("not the UPC-A 084631001025");
    }

    @Test
    void printModesAskForTheBearersAndMinimaGs1Ties() {
        assertThat(ItfPrint.DIRECT.minMagnification()).isEqualTo(0.625);
        assertThat(ItfPrint.LABEL.minMagnification()).isEqualTo(0.50);
        assertThat(ItfArt.of(CARTON, ItfPrint.DIRECT, 0.625).symbol().bearerBars()).hasSize(4);
        assertThat(ItfArt.of(CARTON, ItfPrint.LABEL, 0.625).symbol().bearerBars()).hasSize(2);
    }

    /** The symbol's rectangles sorted into bearers and bars. */
    private record Parts(Rectangle2D top, Rectangle2D bottom, Rectangle2D left, Rectangle2D right, List<Rectangle2D> bars) {
        static Parts of(List<Rectangle2D> rects, Rectangle2D outline) {
            List<Rectangle2D> horizontal = rects.stream().filter(r -> r.getWidth() > outline.getWidth() / 2)
                    .sorted(Comparator.comparingDouble(Rectangle2D::getMinY)).toList();
            assertThat(horizontal).as("top and bottom bearers").hasSize(2);
            List<Rectangle2D> upright = rects.stream().filter(r -> r.getWidth() <= outline.getWidth() / 2)
                    .sorted(Comparator.comparingDouble(Rectangle2D::getMinX)).toList();
            // a frame's sides are at the outline's edges; bars never are
            boolean framed = upright.get(0).getMinX() - outline.getMinX() < 0.001;
            List<Rectangle2D> bars = framed ? upright.subList(1, upright.size() - 1) : upright;
            return new Parts(horizontal.get(1), horizontal.get(0), framed ? upright.get(0) : null,
                    framed ? upright.get(upright.size() - 1) : null, bars);
        }
    }

    /** A one-page PDF with the art placed by a template, through the same renderer as every sheet. */
    private static byte[] pdf(ItfArt art) {
        RenderResources resources = new RenderResources();
        String ref = resources.art("itf-carton", art);
        String xhtml = String.format(Locale.ROOT, """
                <html xmlns="http://www.w3.org/1999/xhtml"><head><style>
                @page { size: 210mm 297mm; margin: 20mm 15mm; }
                body { margin: 0; }
                </style></head><body>
                <object type="cs/art" data-ref="%s" style="display:block;width:%.3fmm;height:%.3fmm"></object>
                </body></html>""", ref, art.widthMm(), art.heightMm());
        DocumentIdentity identity = new DocumentIdentity("itf-test", "carton", 1, "ITF-14",
                Instant.parse("2026-08-15T09:30:00Z"), "0".repeat(64), List.of());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfRenderer.render(xhtml, resources, identity, new PdfMetadata("ITF-14", "test", "ITF-14 geometry", "en"),
                List.of(), "countersign test", out);
        return out.toByteArray();
    }

    private static BufferedImage page(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFRenderer(doc).renderImageWithDPI(0, DPI, ImageType.GRAY);
        }
    }

    private static Rectangle2D mm(Rectangle2D pt) {
        return new Rectangle2D.Double(pt.getX() * MM_PER_PT, pt.getY() * MM_PER_PT, pt.getWidth() * MM_PER_PT,
                pt.getHeight() * MM_PER_PT);
    }

    private static int firstDarkRowBelow(BufferedImage image, int fromRow, int fromX, int toX) {
        for (int y = fromRow; y < image.getHeight(); y++) {
            if (dark(image, y, fromX, toX)) {
                return y;
            }
        }
        throw new AssertionError("nothing drawn below row " + fromRow);
    }

    private static int lastDarkRowBelow(BufferedImage image, int fromRow, int fromX, int toX) {
        int last = fromRow;
        for (int y = fromRow; y < image.getHeight(); y++) {
            if (dark(image, y, fromX, toX)) {
                last = y;
            }
        }
        return last;
    }

    private static boolean dark(BufferedImage image, int y, int fromX, int toX) {
        for (int x = Math.max(0, fromX); x < Math.min(image.getWidth(), toX); x++) {
            if ((image.getRGB(x, y) & 0xff) < 160) {
                return true;
            }
        }
        return false;
    }
}
