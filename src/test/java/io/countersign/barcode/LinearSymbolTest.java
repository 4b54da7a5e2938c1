package io.countersign.barcode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.countersign.gs1.Gtin;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LinearSymbolTest {
    private static final Offset<Double> MM = within(1e-9);
    private static final Gtin UPC_A = Gtin.parse("036000291452");
    private static final Gtin EAN_13 = Gtin.parse("4006381333931");
    private static final Gtin EAN_8 = Gtin.parse("96385074");

    @Test
    void upcAAtNominalSizeMatchesGs1Dimensions() {
        LinearSymbol s = LinearSymbol.of(UPC_A, 1.0);
        assertThat(s.symbology()).isEqualTo(Symbology.UPC_A);
        assertThat(s.moduleWidth()).isCloseTo(0.33, MM);
        assertThat(s.width()).isCloseTo(37.29, MM);
        assertThat(s.leftQuietZone()).isCloseTo(2.97, MM);
        assertThat(s.rightQuietZone()).isCloseTo(2.97, MM);
        assertThat(s.barHeight()).isCloseTo(22.85, MM);
        assertThat(s.guardBarHeight()).isCloseTo(22.85 + 5 * 0.33, MM);
        // GS1 gives 25.93 mm as the overall height of a UPC-A/EAN-13 at 100%, digits included.
        assertThat(s.height()).isCloseTo(25.93, MM);
    }

    @CsvSource({
        "0.80, 0.264, 29.832, 2.376, 2.376",
        "1.00, 0.330, 37.290, 2.970, 2.970",
        "2.00, 0.660, 74.580, 5.940, 5.940",
    })
    @ParameterizedTest
    void upcAScalesWithMagnification(double magnification, double x, double width, double left, double right) {
        LinearSymbol s = LinearSymbol.of(UPC_A, magnification);
        assertThat(s.moduleWidth()).isCloseTo(x, MM);
        assertThat(s.width()).isCloseTo(width, MM);
        assertThat(s.leftQuietZone()).isCloseTo(left, MM);
        assertThat(s.rightQuietZone()).isCloseTo(right, MM);
        assertThat(s.barHeight()).isCloseTo(22.85 * magnification, MM);
    }

    @Test
    void ean13HasElevenModulesQuietZoneLeftAndSevenRight() {
        LinearSymbol s = LinearSymbol.of(EAN_13, 1.0);
        assertThat(s.width()).isCloseTo(37.29, MM);
        assertThat(s.leftQuietZone()).isCloseTo(11 * 0.33, MM);
        assertThat(s.rightQuietZone()).isCloseTo(7 * 0.33, MM);
    }

    @Test
    void ean8AtNominalSizeMatchesGs1Dimensions() {
        LinearSymbol s = LinearSymbol.of(EAN_8, 1.0);
        assertThat(s.width()).isCloseTo(26.73, MM);
        assertThat(s.leftQuietZone()).isCloseTo(7 * 0.33, MM);
        assertThat(s.rightQuietZone()).isCloseTo(7 * 0.33, MM);
        assertThat(s.barHeight()).isCloseTo(18.23, MM);
        assertThat(s.height()).isCloseTo(21.31, MM);
    }

    @Test
    void barHeightFactorShortensBarsButNotGuardExtensionOrDigits() {
        LinearSymbol full = LinearSymbol.of(UPC_A, 1.0);
        LinearSymbol half = LinearSymbol.of(UPC_A, 1.0, 0.5);
        assertThat(half.barHeight()).isCloseTo(22.85 / 2, MM);
        assertThat(half.guardBarHeight() - half.barHeight()).isCloseTo(5 * 0.33, MM);
        assertThat(full.height() - half.height()).isCloseTo(22.85 / 2, MM);
        assertThat(half.hri().get(1).size()).isCloseTo(full.hri().get(1).size(), MM);
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.79, 2.01, 0.0, -1.0, Double.NaN, Double.POSITIVE_INFINITY})
    void rejectsMagnificationOutsideGs1Range(double magnification) {
        assertThatThrownBy(() -> LinearSymbol.of(UPC_A, magnification))
                .isInstanceOf(InvalidSymbolException.class)
                .hasMessageContaining("magnification " + magnification)
                .hasMessageContaining("0.80–2.00 for UPC-A");
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.49, 1.01, Double.NaN})
    void rejectsBarHeightFactorOutsideHalfToFull(double factor) {
        assertThatThrownBy(() -> LinearSymbol.of(UPC_A, 1.0, factor))
                .isInstanceOf(InvalidSymbolException.class)
                .hasMessageContaining("bar height factor " + factor);
    }

    @Test
    void barsCoverExactlyTheDarkModulesAsMergedRectangles() {
        for (Gtin gtin : List.of(UPC_A, EAN_13, EAN_8)) {
            LinearSymbol s = LinearSymbol.of(gtin, 0.8);
            ModulePattern pattern = EanUpcEncoder.encode(gtin);
            char[] drawn = "0".repeat(pattern.size()).toCharArray();
            for (Bar bar : s.bars()) {
                int first = (int) Math.round((bar.x() - s.leftQuietZone()) / s.moduleWidth());
                int count = (int) Math.round(bar.width() / s.moduleWidth());
                for (int m = first; m < first + count; m++) {
                    assertThat(drawn[m]).as("module %d drawn twice", m).isEqualTo('0');
                    drawn[m] = '1';
                }
                assertThat(bar.y()).isZero();
            }
            assertThat(new String(drawn)).isEqualTo(pattern.toString());
            // Each digit is two bars and the three guards add six, so merging left no abutting rectangles.
            int barredDigits = gtin.kind() == Gtin.Kind.GTIN_13 ? 12 : gtin.digits().length();
            assertThat(s.bars()).hasSize(2 * barredDigits + 6);
        }
    }

    @Test
    void upcAFirstAndLastDigitBarsReachGuardLength() {
        LinearSymbol s = LinearSymbol.of(UPC_A, 1.0);
        List<Double> heights = s.bars().stream().map(Bar::height).collect(Collectors.toList());
        // guard, guard, digit 0 (2 bars) … centre guard (2 bars) … digit 11 (2 bars), guard, guard
        List<Integer> longBars = new ArrayList<>();
        for (int i = 0; i < heights.size(); i++) {
            if (Math.abs(heights.get(i) - s.guardBarHeight()) < 1e-9) {
                longBars.add(i);
            }
        }
        assertThat(longBars).containsExactly(0, 1, 2, 3, 14, 15, 26, 27, 28, 29);
    }

    @Test
    void upcADigitsAreGroupedOneFiveFiveOneWithOuterDigitsInTheQuietZones() {
        LinearSymbol s = LinearSymbol.of(UPC_A, 1.0);
        List<HriDigit> hri = s.hri();
        double x = s.moduleWidth();
        double leftGuard = s.leftQuietZone();
        double centreGuardStart = leftGuard + 45 * x;
        double centreGuardEnd = leftGuard + 50 * x;
        double rightGuardEnd = leftGuard + 95 * x;

        assertThat(digits(hri)).isEqualTo("036000291452");
        assertThat(hri.get(0).centreX()).isLessThan(leftGuard);
        assertThat(hri.get(11).centreX()).isGreaterThan(rightGuardEnd).isLessThan(s.width());
        assertThat(hri.get(0).size()).isLessThan(hri.get(1).size());
        assertThat(hri.get(11).size()).isEqualTo(hri.get(0).size());
        assertThat(hri.subList(1, 6)).allSatisfy(d ->
                assertThat(d.centreX()).isGreaterThan(leftGuard + 10 * x).isLessThan(centreGuardStart));
        assertThat(hri.subList(6, 11)).allSatisfy(d ->
                assertThat(d.centreX()).isGreaterThan(centreGuardEnd).isLessThan(rightGuardEnd - 10 * x));
        assertThat(hri).allSatisfy(d -> assertThat(d.baselineY()).isCloseTo(s.height(), MM));
    }

    @Test
    void ean13LeadingDigitStandsInTheLeftQuietZoneAndTheRestSixAndSix() {
        LinearSymbol s = LinearSymbol.of(EAN_13, 1.0);
        List<HriDigit> hri = s.hri();
        double centreGuard = s.leftQuietZone() + 47.5 * s.moduleWidth();

        assertThat(digits(hri)).isEqualTo("4006381333931");
        assertThat(hri.get(0).centreX()).isLessThan(s.leftQuietZone());
        assertThat(hri.subList(1, 7)).allSatisfy(d -> assertThat(d.centreX())
                .isGreaterThan(s.leftQuietZone()).isLessThan(centreGuard));
        assertThat(hri.subList(7, 13)).allSatisfy(d -> assertThat(d.centreX())
                .isGreaterThan(centreGuard).isLessThan(s.width() - s.rightQuietZone()));
    }

    @Test
    void digitsUnderTheBarsAreCentredUnderTheirCharacters() {
        LinearSymbol s = LinearSymbol.of(EAN_8, 1.0);
        double x = s.moduleWidth();
        // Left characters start after the 3-module guard; right ones after the 5-module centre guard too.
        assertThat(s.hri().get(0).centreX()).isCloseTo(s.leftQuietZone() + 6.5 * x, MM);
        assertThat(s.hri().get(4).centreX()).isCloseTo(s.leftQuietZone() + 39.5 * x, MM);
        assertThat(digits(s.hri())).isEqualTo("96385074");
    }

    @Test
    void drawToOffsetsEverythingByTheOrigin() {
        LinearSymbol s = LinearSymbol.of(EAN_8, 1.0);
        List<String> calls = new ArrayList<>();
        s.drawTo(new VectorCanvas() {
            @Override
            public void fillRect(double x, double y, double width, double height) {
                calls.add(String.format(java.util.Locale.ROOT, "rect %.4f %.4f %.4f %.4f", x, y, width, height));
            }

            @Override
            public void text(String text, double centreX, double baselineY, double size) {
                calls.add(String.format(java.util.Locale.ROOT, "text %s %.4f %.4f", text, centreX, baselineY));
            }
        }, 10, 20);
        Bar first = s.bars().get(0);
        HriDigit digit = s.hri().get(0);
        assertThat(calls).hasSize(s.bars().size() + s.hri().size());
        assertThat(calls.get(0)).isEqualTo(String.format(java.util.Locale.ROOT, "rect %.4f %.4f %.4f %.4f",
                10 + first.x(), 20.0, first.width(), first.height()));
        assertThat(calls).contains(String.format(java.util.Locale.ROOT, "text 9 %.4f %.4f",
                10 + digit.centreX(), 20 + digit.baselineY()));
    }

    private static String digits(List<HriDigit> hri) {
        return hri.stream().map(HriDigit::text).collect(Collectors.joining());
    }
}
