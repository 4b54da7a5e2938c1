package io.countersign.gs1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CartonGtinTest {

    /*
     * Check digits by hand: weights 3,1,3,1 … from the rightmost digit of the 13-digit body,
     * check = (10 − sum mod 10) mod 10.
     *
     * 084631001025, 1 → body 1|0|08463100102   digits from the right 2 0 1 0 0 1 3 6 4 8 0 0 1
     *   6+0+3+0+0+1+9+6+12+8+0+0+3 = 48 → 2
     * 084631001025, 2 → body 2|0|08463100102   … the same with 2×3 = 6 for the indicator: 51 → 9
     * 084631001018, 8 → body 8|0|08463100101   3+0+3+0+0+1+9+6+12+8+0+0+24 = 66 → 4
     * 036000291452, 1 → body 1|0|03600029145   15+4+3+9+6+0+0+0+18+3+0+0+3 = 61 → 9 (GS1's own example)
     * 4006381333931, 1 → body 1|400638133393   9+9+9+3+9+1+24+3+18+0+0+4+3 = 92 → 8
     * 96385074 (EAN-8), 3 → body 3|00000|9638507  21+0+15+8+9+6+27+0+0+0+0+0+9 = 95 → 5
     */
    @ParameterizedTest
    @CsvSource({
        "084631001025,  1, 10084631001022",
        "084631001025,  2, 20084631001029",
        "084631001018,  8, 80084631001014",
        "036000291452,  1, 10036000291459",
        "4006381333931, 1, 14006381333938",
        "96385074,      3, 30000096385075",
    })
    void derivesTheCartonGtinFromTheUnitAndIndicator(String item, int indicator, String carton) {
        Gtin derived = CartonGtin.derive(Gtin.parse(item), indicator);
        assertThat(derived.digits()).isEqualTo(carton);
        assertThat(derived.kind()).isEqualTo(Gtin.Kind.GTIN_14);
        // The derived number must itself pass the strict parser: its check digit is right.
        assertThat(CartonGtin.parse(carton)).isEqualTo(derived);
        assertThat(CartonGtin.isDerivedFrom(derived, Gtin.parse(item))).isTrue();
    }

    @Test
    void refusesIndicatorNineAsVariableMeasure() {
        assertThatThrownBy(() -> CartonGtin.derive(Gtin.parse("084631001025"), 9))
                .isInstanceOf(InvalidGtinException.class)
                .hasMessageContaining("indicator 9 marks a variable-measure item")
                .satisfies(e -> assertThat(((InvalidGtinException) e).hint()).contains("use 1"));
        assertThatThrownBy(() -> CartonGtin.parseIndicator("9")).hasMessageContaining("variable-measure");
    }

    @Test
    void refusesIndicatorZeroBecauseTheCartonWouldScanAsOnePiece() {
        assertThatThrownBy(() -> CartonGtin.derive(Gtin.parse("084631001025"), 0))
                .isInstanceOf(InvalidGtinException.class)
                .hasMessageContaining("indicator 0")
                .hasMessageContaining("one piece");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "10", "a", "1.5", " 1", "-1"})
    void refusesAnIndicatorThatIsNotOneDigit(String raw) {
        assertThatThrownBy(() -> CartonGtin.parseIndicator(raw))
                .isInstanceOf(InvalidGtinException.class)
                .hasMessageContaining("is not a single digit");
    }

    @Test
    void readsIndicatorsOneToEight() {
        for (int i = 1; i <= 8; i++) {
            assertThat(CartonGtin.parseIndicator(String.valueOf(i))).isEqualTo(i);
        }
    }

    @Test
    void refusesToDeriveFromAGtin14() {
        assertThatThrownBy(() -> CartonGtin.derive(Gtin.parse("10084631001022"), 1)).hasMessageContaining("already a GTIN-14");
    }

    @Test
    void acceptsAGivenGtin14WithItsCheckDigit() {
        assertThat(CartonGtin.parse("10084631001022").digits()).isEqualTo("10084631001022");
    }

    @Test
    void namesTheRightCheckDigitOfAGivenGtin14() {
        assertThatThrownBy(() -> CartonGtin.parse("10084631001023"))
                .isInstanceOf(InvalidGtinException.class)
                .hasMessageContaining("check digit 3")
                .satisfies(e -> assertThat(((InvalidGtinException) e).hint()).contains("10084631001022"));
    }

    @Test
    void refusesAGivenGtin14WithIndicatorNine() {
        // 9|0|08463100102 → 27+0+… = 72 → check 8, so the number itself is well-formed.
        assertThatThrownBy(() -> CartonGtin.parse("90084631001028"))
                .hasMessageContaining("indicator 9")
                .hasMessageContaining("variable-measure");
    }

    @Test
    void refusesAUnitGtinGivenAsTheCartonGtin() {
        assertThatThrownBy(() -> CartonGtin.parse("084631001025"))
                .hasMessageContaining("has 12 digits; a GTIN-14 has 14")
                .satisfies(e -> assertThat(((InvalidGtinException) e).hint()).contains("indicator digit"));
    }

    @Test
    void refusesTheUnitsOwnNumberPaddedToFourteenDigits() {
        Gtin padded = CartonGtin.parse("00084631001025");
        assertThatThrownBy(() -> CartonGtin.checkAgainstItem(padded, Gtin.parse("084631001025")))
                .hasMessageContaining("is the unit's own GTIN")
                .satisfies(e -> assertThat(((InvalidGtinException) e).hint()).contains("10084631001022"));
    }

    @Test
    void acceptsACartonWithItsOwnAllocatedNumber() {
        // A carton may carry a GTIN of its own rather than a derived one; only the unit's own number is wrong.
        CartonGtin.checkAgainstItem(CartonGtin.parse("10084631001022"), Gtin.parse("084631001025"));
        assertThat(CartonGtin.isDerivedFrom(CartonGtin.parse("10084631001022"), Gtin.parse("084631001018"))).isFalse();
    }
}
