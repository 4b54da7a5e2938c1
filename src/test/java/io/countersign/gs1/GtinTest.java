package io.countersign.gs1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class GtinTest {

    @ParameterizedTest
    @CsvSource({
        "036000291452,   GTIN_12",
        "012345678905,   GTIN_12",
        "4006381333931,  GTIN_13",
        "9780306406157,  GTIN_13",
        "5901234123457,  GTIN_13",
        "96385074,       GTIN_8",
        "50123452,       GTIN_8",
        "10036000291459, GTIN_14",
        "00012345600012, GTIN_14",
        "0012345678905,  GTIN_13",
    })
    void acceptsValidGtinsOfEveryLength(String digits, Gtin.Kind kind) {
        Gtin gtin = Gtin.parse(digits);
        assertThat(gtin.digits()).isEqualTo(digits);
        assertThat(gtin.kind()).isEqualTo(kind);
    }

    @Test
    void keepsLeadingZeros() {
        // Leading zeros are part of the number: dropping them turns a UPC-A into an 11-digit string.
        assertThat(Gtin.parse("000000000000").digits()).isEqualTo("000000000000");
        assertThat(Gtin.parse("012345678905").toString()).isEqualTo("012345678905");
    }

    @ParameterizedTest
    @CsvSource({
        "036000291453,   3, 2",
        "4006381333930,  0, 1",
        "96385075,       5, 4",
        "10036000291450, 0, 9",
    })
    void rejectsWrongCheckDigitNamingTheExpectedOne(String digits, int actual, int expected) {
        String corrected = digits.substring(0, digits.length() - 1) + expected;
        assertThatThrownBy(() -> Gtin.parse(digits))
                .isInstanceOf(InvalidGtinException.class)
                .hasMessageContaining("check digit " + actual)
                .hasMessageContaining("give " + expected)
                .satisfies(e -> assertThat(((InvalidGtinException) e).hint()).contains(corrected));
    }

    @Test
    void rejectsElevenDigitUpc() {
        // ZXing's UPCAWriter silently appends a check digit to 11 digits; a mistyped UPC must not be "repaired".
        assertThatThrownBy(() -> Gtin.parse("03600029145"))
                .isInstanceOf(InvalidGtinException.class)
                .hasMessageContaining("has 11 digits; a UPC-A has 12")
                .satisfies(e -> assertThat(((InvalidGtinException) e).hint())
                        .contains("never completes").contains("036000291452"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "1234567", "123456789", "1234567890", "123456789012345", "12345678901234567890"})
    void rejectsWrongLengths(String digits) {
        assertThatThrownBy(() -> Gtin.parse(digits))
                .isInstanceOf(InvalidGtinException.class)
                .hasMessageContaining("has " + digits.length() + " digits");
    }

    @ParameterizedTest
    @CsvSource({
        "03600O291452, O, 6",
        "ABCDEFGHIJKL, A, 1",
        "036000-291452, -, 7",
        "4006381333931x, x, 14",
    })
    void rejectsLettersAndSeparatorsNamingThePosition(String raw, char bad, int position) {
        assertThatThrownBy(() -> Gtin.parse(raw))
                .isInstanceOf(InvalidGtinException.class)
                .hasMessageContaining("contains '" + bad + "' at position " + position);
    }

    @Test
    void rejectsDigitsFromOtherScripts() {
        // Full-width digits pass Character.isDigit but are not what a scanner or printer expects.
        assertThatThrownBy(() -> Gtin.parse("０３６０００２９１４５２"))
                .isInstanceOf(InvalidGtinException.class)
                .hasMessageContaining("at position 1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0360 0029 1452", " 036000291452", "036000291452 ", "036000291452\t"})
    void rejectsSpacesInsteadOfStrippingThem(String raw) {
        assertThatThrownBy(() -> Gtin.parse(raw))
                .isInstanceOf(InvalidGtinException.class)
                .hasMessageContaining("contains spaces");
    }

    @Test
    void rejectsEmpty() {
        assertThatThrownBy(() -> Gtin.parse(""))
                .isInstanceOf(InvalidGtinException.class)
                .hasMessage("GTIN is empty");
    }

    @CsvSource({
        "03600029145,    2",
        "400638133393,   1",
        "9638507,        4",
        "1003600029145,  9",
        "00000000000,    0",
    })
    @ParameterizedTest
    void computesGs1CheckDigit(String data, int check) {
        assertThat(Gtin.checkDigit(data)).isEqualTo(check);
    }
}
