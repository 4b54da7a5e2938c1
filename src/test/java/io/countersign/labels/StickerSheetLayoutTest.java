package io.countersign.labels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.countersign.testing.PdfText;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The drawn sticker sheet laid out as a reader sees it: long texts wrap inside the page's margins in
 * every language, ordinary stickers take one page, and the tallest sticker keeps its place on the first.
 */
class StickerSheetLayoutTest {
    private static final double PT_PER_MM = 72 / 25.4;
    private static final String LONG_WORD = "Verpackungskartonagenfabrikerzeugnisbezeichnungsverordnung";

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en", "de", "zh-CN", "zh-TW"})
    void longCodesAndTextsWrapInsideTheMargins(String language) throws IOException {
        // the HTML layout let a long unbroken word run out of its table cell and over the next
        Sku base = CaseSkus.sticker("90", "60", StickerLayout.STANDARD);
        Sku sku = new Sku(base.row(), "KB-5A-NESTED-KRAFT-BOX-SET-OF-FIVE-NATURAL-BROWN", "BUYER-1002341002341002341002341002341002341002",
                "Nested kraft box, set of 5, natural brown with a botanical print on every side " + LONG_WORD + " 牛皮纸套装盒，5 件套",
                base.gtin(), base.sticker(), base.picture(), base.pcsPerCarton(), base.carton(), base.netWeightKg(),
                base.grossWeightKg(), base.cartonGtin(), base.marks(), base.lineDrawing(), base.colours());

        RenderedSheet sheet = CaseSkus.RENDERER.render(sku, SheetKind.STICKER, CaseSkus.options(language, 0.8));

        try (PDDocument doc = Loader.loadPDF(sheet.pdf())) {
            List<Rectangle2D> glyphs = glyphs(doc);
            assertThat(glyphs).isNotEmpty().allSatisfy(g -> {
                assertThat(g.getMinX() / PT_PER_MM).as("left edge of a glyph, mm").isGreaterThanOrEqualTo(9 - 0.2);
                assertThat(g.getMaxX() / PT_PER_MM).as("right edge of a glyph, mm").isLessThanOrEqualTo(210 - 9 + 0.2);
            });
            assertThat(PdfText.squeeze(PdfText.of(doc))).contains(LONG_WORD, "KB-5A-NESTED-KRAFT-BOX-SET-OF-FIVE-NATURAL-BROWN");
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en", "de", "zh-CN", "zh-TW"})
    void stickersUpTo105By85MillimetresTakeOnePageInEveryLanguage(String language) throws IOException {
        for (StickerLayout layout : StickerLayout.values()) {
            RenderedSheet sheet = CaseSkus.RENDERER.render(CaseSkus.sticker("105", "85", layout), SheetKind.STICKER,
                    CaseSkus.options(language, 1.0));

            try (PDDocument doc = Loader.loadPDF(sheet.pdf())) {
                assertThat(doc.getNumberOfPages()).as("%s %s", language, layout).isEqualTo(1);
            }
        }
    }

    @Test
    void theTallestStickerIsDrawnOnTheFirstPageUnderTheHeadingAndTheInstructionFollowsIt() throws IOException {
        Sku sku = CaseSkus.kb5a(new StickerSpec(new BigDecimal("170"), new BigDecimal("225"), StickerLayout.SIDE), java.util.Optional.empty());

        RenderedSheet sheet = CaseSkus.RENDERER.render(sku, SheetKind.STICKER, CaseSkus.options());

        try (PDDocument doc = Loader.loadPDF(sheet.pdf())) {
            Rectangle2D outline = StickerSheetGeometryTest.stickerOutline(doc, 170, 225);
            assertThat(outline.getHeight() / PT_PER_MM).isCloseTo(225, within(0.01));
            // below the top margin and the heading, above the footer
            assertThat(297 - outline.getMaxY() / PT_PER_MM).isGreaterThan(9 + 6);
            assertThat(297 - outline.getMinY() / PT_PER_MM).isLessThan(297 - 21);
            String first = PdfText.oneLine(PdfText.page(doc, 1));
            assertThat(first).contains("UPC STICKER APPROVAL", "The sticker at true size").doesNotContain("separate questions");
            assertThat(PdfText.oneLine(PdfText.page(doc, 2))).contains("This sheet asks 3 separate questions", "Sticker text");
            assertThat(doc.getNumberOfPages()).isEqualTo(2);
        }
    }

    /** Every glyph the page shows, text inside form XObjects included, in page space (points, origin bottom left). */
    private static List<Rectangle2D> glyphs(PDDocument doc) {
        List<Rectangle2D> glyphs = new ArrayList<>();
        try {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    for (TextPosition t : positions) {
                        float h = getCurrentPage().getMediaBox().getHeight();
                        glyphs.add(new Rectangle2D.Double(t.getXDirAdj(), h - t.getYDirAdj(), t.getWidthDirAdj(), t.getHeightDir()));
                    }
                }
            };
            stripper.setSortByPosition(true);
            stripper.getText(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return glyphs;
    }
}
