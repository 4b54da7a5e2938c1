package io.countersign.barcode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.countersign.gs1.Gtin;
import java.util.List;
import java.util.stream.Collectors;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ItfSymbolTest {
    private static final Offset<Double> MM = within(1e-9);
    private static final Gtin CARTON = Gtin.parse("10084631001022");

    @Test
    void nominalSymbolIs142Point75MmWideBetweenItsBearersAsGs1Gives() {
        ItfSymbol s = ItfSymbol.of(CARTON, 1.0, ItfBearers.TOP_AND_BOTTOM);

        assertThat(s.moduleWidth()).isCloseTo(1.016, MM);
        assertThat(s.wideWidth()).isCloseTo(2.54, MM);
        assertThat(s.quietZone()).isCloseTo(10.16, MM);
        // 10X + 120.5X + 10X at X = 1.016 mm
        assertThat(s.width()).isCloseTo(142.748, MM);
        assertThat(s.barHeight()).isCloseTo(31.75, MM);
        assertThat(s.bearerThickness()).isCloseTo(2 * 1.016, MM);
    }

    @Test
    void frameAddsItsFourPointEightMillimetresOnEverySide() {
        ItfSymbol label = ItfSymbol.of(CARTON, 1.0, ItfBearers.TOP_AND_BOTTOM);
        ItfSymbol frame = ItfSymbol.of(CARTON, 1.0, ItfBearers.FRAME);

        assertThat(frame.width()).isCloseTo(label.width() + 2 * 4.8, MM);
        assertThat(frame.bearerThickness()).isCloseTo(4.8, MM);
        assertThat(frame.bearerBars()).hasSize(4);
        assertThat(label.bearerBars()).hasSize(2);
        // the quiet zones lie inside the frame: first bar 4.8 mm + 10X from the outer edge
        assertThat(frame.bars().get(0).x()).isCloseTo(4.8 + 10.16, MM);
        assertThat(label.bars().get(0).x()).isCloseTo(10.16, MM);
        Bar last = frame.bars().get(frame.bars().size() - 1);
        assertThat(frame.width() - (last.x() + last.width())).isCloseTo(4.8 + 10.16, MM);
    }

    @CsvSource({
        "0.625, 0.635,  FRAME",
        "0.50,  0.508,  TOP_AND_BOTTOM",
        "0.625, 0.635,  TOP_AND_BOTTOM",
        "1.00,  1.016,  TOP_AND_BOTTOM",
    })
    @ParameterizedTest(name = "{0} with {2}")
    void barsAreNarrowOrRatioTimesNarrowAndAbutTheBearers(double magnification, double x, ItfBearers bearers) {
        ItfSymbol s = ItfSymbol.of(CARTON, magnification, bearers);

        assertThat(s.moduleWidth()).isCloseTo(x, MM);
        assertThat(s.bars()).hasSize(39).allSatisfy(b -> {
            assertThat(b.width()).isIn(x, 2.5 * x);
            assertThat(b.y()).isCloseTo(s.bearerThickness(), MM);
            assertThat(b.height()).isCloseTo(31.75, MM);
        });
        // the bottom bearer starts where the bars end
        assertThat(s.bearerBars().get(1).y()).isCloseTo(s.bearerThickness() + s.barHeight(), MM);
    }

    @Test
    void barHeightStaysAtGs1HeightWhenTheSymbolIsNarrower() {
        // GS1 general distribution: 31.75 mm whatever X, because conveyor scanners need the height
        assertThat(ItfSymbol.of(CARTON, 0.5, ItfBearers.TOP_AND_BOTTOM).barHeight()).isCloseTo(31.75, MM);
        assertThat(ItfSymbol.of(CARTON, 0.5, ItfBearers.TOP_AND_BOTTOM, 2.5, 12.7).barHeight()).isCloseTo(12.7, MM);
    }

    @Test
    void ratioSetsTheWideElementsAndTheWidth() {
        ItfSymbol s = ItfSymbol.of(CARTON, 1.0, ItfBearers.TOP_AND_BOTTOM, 3.0, 31.75);
        assertThat(s.wideWidth()).isCloseTo(3.048, MM);
        assertThat(s.width()).isCloseTo((20 + 48 + 29 * 3.0) * 1.016, MM);
        assertThat(s.bars().stream().map(Bar::width).collect(Collectors.toSet())).containsExactlyInAnyOrder(1.016, 3.048);
    }

    @Test
    void digitsAreGroupedOneTwoFiveFiveOneCentredBelowTheBottomBearer() {
        ItfSymbol s = ItfSymbol.of(CARTON, 0.625, ItfBearers.FRAME);
        List<HriDigit> hri = s.hri();
        double bearerBottom = 2 * s.bearerThickness() + s.barHeight();

        assertThat(s.hriText()).isEqualTo("1 00 84631 00102 2");
        assertThat(hri.stream().map(HriDigit::text).collect(Collectors.joining())).isEqualTo("10084631001022");
        assertThat((hri.get(0).centreX() + hri.get(13).centreX()) / 2).isCloseTo(s.width() / 2, MM);
        // the face's digits reach 0.70 em above the baseline: at least 1 mm clear of the bearer
        assertThat(hri).allSatisfy(d -> assertThat(d.baselineY() - 0.70 * d.size() - bearerBottom).isGreaterThanOrEqualTo(1.0));
        assertThat(hri.get(0).baselineY()).isLessThan(s.height());
        // a group gap is wider than the step between digits in a group
        double inGroup = hri.get(2).centreX() - hri.get(1).centreX();
        assertThat(hri.get(1).centreX() - hri.get(0).centreX()).isGreaterThan(inGroup);
    }

    @Test
    void drawToPaintsBearersBarsAndDigitsAtTheOrigin() {
        ItfSymbol s = ItfSymbol.of(CARTON, 1.0, ItfBearers.FRAME);
        int[] counts = new int[2];
        double[] minX = {Double.MAX_VALUE};
        s.drawTo(new VectorCanvas() {
            @Override
            public void fillRect(double x, double y, double width, double height) {
                counts[0]++;
                minX[0] = Math.min(minX[0], x);
            }

            @Override
            public void text(String text, double centreX, double baselineY, double size) {
                counts[1]++;
            }
        }, 7, 0);
        assertThat(counts).containsExactly(39 + 4, 14);
        assertThat(minX[0]).isCloseTo(7, MM);
    }

    @Test
    void rejectsAGtin13() {
        assertThatThrownBy(() -> ItfSymbol.of(Gtin.parse("4006381333931"), 1.0, ItfBearers.FRAME))
                .isInstanceOf(InvalidSymbolException.class)
                .hasMessage("an ITF-14 carries a GTIN-14, not the EAN-13 4006381333931");
    }

    @Test
    void rejectsAGtin14WhoseCheckDigitIsWrongEvenIfBuiltWithoutParsing() {
        // the record constructor checks only the length; the symbol must not print a wrong number
        assertThatThrownBy(() -> ItfSymbol.of(new Gtin("10084631001023"), 1.0, ItfBearers.FRAME))
                .isInstanceOf(InvalidSymbolException.class)
                .hasMessageContaining("check digit 3 but the digits before it give 2")
                .satisfies(e -> assertThat(((InvalidSymbolException) e).hint()).contains("10084631001022"));
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.49, 1.01, 1.2, 0.0, -1.0, Double.NaN, Double.POSITIVE_INFINITY})
    void rejectsMagnificationOutsideFiftyToHundredPercent(double magnification) {
        assertThatThrownBy(() -> ItfSymbol.of(CARTON, magnification, ItfBearers.TOP_AND_BOTTOM))
                .isInstanceOf(InvalidSymbolException.class)
                .hasMessage("ITF-14 magnification " + magnification + " is outside 0.50–1.00");
    }

    @Test
    void rejectsMagnificationBelowThePrintModesMinimum() {
        assertThatThrownBy(() -> ItfSymbol.of(CARTON, 0.6, ItfBearers.FRAME))
                .isInstanceOf(InvalidSymbolException.class)
                .hasMessageContaining("0.6 is below 0.625")
                .satisfies(e -> assertThat(((InvalidSymbolException) e).hint()).isEqualTo("use 0.625 (X = 0.635 mm) or more"));
        assertThat(ItfSymbol.of(CARTON, 0.6, ItfBearers.TOP_AND_BOTTOM).moduleWidth()).isCloseTo(0.6096, MM);
    }

    @ParameterizedTest
    @ValueSource(doubles = {2.0, 2.24, 3.01, Double.NaN})
    void rejectsRatioOutsideGs1Range(double ratio) {
        assertThatThrownBy(() -> ItfSymbol.of(CARTON, 1.0, ItfBearers.FRAME, ratio, 31.75))
                .isInstanceOf(InvalidSymbolException.class)
                .hasMessageContaining("ratio " + ratio + " is outside GS1's 2.25–3.0");
    }

    @ParameterizedTest
    @ValueSource(doubles = {12.6, 0, Double.NaN, Double.POSITIVE_INFINITY})
    void rejectsBarHeightBelowGs1Minimum(double height) {
        assertThatThrownBy(() -> ItfSymbol.of(CARTON, 1.0, ItfBearers.FRAME, 2.5, height))
                .isInstanceOf(InvalidSymbolException.class)
                .hasMessageContaining("bar height " + height + " mm");
    }
}
