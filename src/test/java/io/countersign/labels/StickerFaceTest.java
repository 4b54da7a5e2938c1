package io.countersign.labels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.countersign.render.FontLibrary;
import io.countersign.render.TextWrap;
import io.countersign.render.VectorArt;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What goes on a sticker and where: everything inside the sticker, or a clear error with the size it would need. */
class StickerFaceTest {

    @Test
    void aStickerTooSmallForItsBarcodeIsAnErrorNamingTheSizeItNeedsAtThatMagnification() {
        Sku sku = CaseSkus.sticker("50", "30", StickerLayout.STANDARD);

        assertThatThrownBy(() -> StickerFace.of(sku, 1.0))
                .isInstanceOf(SheetException.class)
                .hasMessageContaining("SKU KB-5A: the 50 × 30 mm sticker is too small for its UPC-A at 100 % in the STANDARD layout")
                .hasMessageContaining("it needs at least 50 × ")
                .hasMessageContaining("37.29 × 25.93 mm")
                .satisfies(e -> assertThat(((SheetException) e).hint())
                        .contains("make the sticker at least 50 × ")
                        // the largest magnification in 5 % steps at which description, SKU and symbol fit
                        .contains("it fits at 85 %")
                        .contains("SIDE or BARCODE_ONLY layout"));
    }

    @Test
    void theSizeTheErrorNamesIsOneTheStickerFitsIn() {
        Sku small = CaseSkus.sticker("30", "20", StickerLayout.BARCODE_ONLY);
        String message = catchMessage(small, 1.0);
        // the symbol 37.29 × 25.93 mm and 1 mm round it, rounded up to a tenth of a millimetre
        assertThat(message).contains("it needs at least 39.3 × 28 mm");

        assertThat(StickerFace.of(CaseSkus.sticker("39.3", "28", StickerLayout.BARCODE_ONLY), 1.0).symbol().magnification()).isEqualTo(1.0);
        assertThatThrownBy(() -> StickerFace.of(CaseSkus.sticker("39.2", "28", StickerLayout.BARCODE_ONLY), 1.0)).isInstanceOf(SheetException.class);
    }

    @Test
    void theRendererReportsATooSmallStickerAsASheetExceptionBeforeAnyLayout() {
        Sku sku = CaseSkus.sticker("35", "25", StickerLayout.SIDE);

        assertThatThrownBy(() -> CaseSkus.RENDERER.render(sku, SheetKind.STICKER, CaseSkus.options()))
                .isInstanceOf(SheetException.class).hasMessageStartingWith("SKU KB-5A: the 35 × 25 mm sticker is too small");
    }

    @Test
    void magnificationsOutsideGs1AreOneErrorAboutTheOption() {
        Sku sku = CaseSkus.sticker("100", "70", StickerLayout.STANDARD);

        assertThatThrownBy(() -> CaseSkus.RENDERER.render(sku, SheetKind.STICKER, CaseSkus.options("en", 0.75)))
                .isInstanceOf(SheetException.class).hasMessageContaining("UPC magnification 0.75 is outside GS1's 80–200 %");
        assertThatThrownBy(() -> CaseSkus.RENDERER.render(sku, SheetKind.CARTON,
                new LabelOptions("en", 1.0, ItfPrint.DIRECT, 0.5, CaseSkus.ISSUED_AT, Optional.empty())))
                .isInstanceOf(SheetException.class).hasMessageContaining("ITF-14 magnification 0.5 is outside 62.5–100 % for direct print");
        assertThatThrownBy(() -> CaseSkus.RENDERER.render(sku, SheetKind.STICKER, CaseSkus.options("fr", 1.0)))
                .isInstanceOf(SheetException.class).hasMessageContaining("unknown language \"fr\"");
    }

    @ParameterizedTest(name = "{0} × {1} mm {2} at {3}")
    @CsvSource({
        "50, 40, STANDARD, 1.0",
        "50, 30, STANDARD, 0.8",
        "60, 30, SIDE, 1.0",
        "40, 30, BARCODE_ONLY, 0.8",
        "100, 70, STANDARD, 2.0",
    })
    void everythingPrintedLiesInsideTheStickerAndTheTextAboveOrBesideTheBars(String w, String h, StickerLayout layout, double m) {
        StickerFace face = StickerFace.of(CaseSkus.sticker(w, h, layout), m);
        double width = Double.parseDouble(w);
        double height = Double.parseDouble(h);

        assertThat(face.symbolX()).isGreaterThanOrEqualTo(StickerFace.BARCODE_EDGE - 1e-9);
        assertThat(face.symbolX() + face.symbol().width()).isLessThanOrEqualTo(width - StickerFace.BARCODE_EDGE + 1e-9);
        assertThat(face.symbolY()).isGreaterThanOrEqualTo(StickerFace.BARCODE_EDGE - 1e-9);
        assertThat(face.symbolY() + face.symbol().height()).isLessThanOrEqualTo(height - StickerFace.BARCODE_EDGE + 1e-9);
        for (StickerFace.TextLine line : face.lines()) {
            double lineWidth = FontLibrary.bundled().width(line.text(), line.size(), line.bold());
            double left = line.align() == VectorArt.Align.CENTRE ? line.x() - lineWidth / 2 : line.x();
            assertThat(left).as("left of \"%s\"", line.text()).isGreaterThanOrEqualTo(StickerFace.TEXT_EDGE - 1e-9);
            assertThat(left + lineWidth).as("right of \"%s\"", line.text()).isLessThanOrEqualTo(width - StickerFace.TEXT_EDGE + 1e-9);
            assertThat(line.baseline()).isLessThanOrEqualTo(height - StickerFace.TEXT_EDGE);
            assertThat(line.size()).isBetween(StickerFace.MIN_TEXT, StickerFace.MAX_TEXT);
            if (layout == StickerLayout.STANDARD) {
                assertThat(line.baseline()).as("above the bars").isLessThan(face.symbolY());
            } else {
                assertThat(left + lineWidth).as("left of the symbol's quiet zone").isLessThan(face.symbolX());
            }
        }
        if (layout == StickerLayout.BARCODE_ONLY) {
            assertThat(face.lines()).isEmpty();
        } else {
            assertThat(String.join(" ", face.lines().stream().map(StickerFace.TextLine::text).toList()))
                    .isEqualTo("Nested kraft box, set of 5, natural KB-5A");
        }
    }

    @Test
    void chineseTextBreaksBetweenCharactersAndLatinWordsStayWhole() {
        var lines = TextWrap.lines("牛皮纸套装盒五件套 Nested kraft box", 14, 2.5, false);

        assertThat(lines).hasSizeGreaterThan(1);
        assertThat(String.join("", lines).replace(" ", "")).isEqualTo("牛皮纸套装盒五件套Nestedkraftbox");
        assertThat(lines).allSatisfy(l -> assertThat(FontLibrary.bundled().width(l, 2.5, false)).isLessThanOrEqualTo(14));
        assertThat(lines).noneMatch(l -> l.endsWith("Nes") || l.startsWith("ted"));
    }

    @Test
    void aWordWiderThanTheStickerIsBrokenRatherThanLeftSticking() {
        var lines = TextWrap.lines("Verpackungskartonagenfabrik", 15, 2.5, false);

        assertThat(lines).hasSizeGreaterThan(1);
        assertThat(String.join("", lines)).isEqualTo("Verpackungskartonagenfabrik");
        assertThat(lines).allSatisfy(l -> assertThat(FontLibrary.bundled().width(l, 2.5, false)).isLessThanOrEqualTo(15));
    }

    private static String catchMessage(Sku sku, double magnification) {
        try {
            StickerFace.of(sku, magnification);
        } catch (SheetException e) {
            return e.getMessage();
        }
        throw new AssertionError("no error for " + sku.sticker());
    }
}
