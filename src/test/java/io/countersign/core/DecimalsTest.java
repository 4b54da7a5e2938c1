package io.countersign.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DecimalsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "1200   | en | 1,200",
        "1200   | de | 1.200",
        "12.50  | en | 12.5",
        "12.50  | de | 12,5",
        "1.2E+3 | en | 1,200",
        "0.000  | en | 0",
    })
    void writesQuantitiesWithoutTrailingZerosInTheDocumentLocale(String value, String language, String expected) {
        assertThat(Decimals.quantity(new BigDecimal(value), Locale.forLanguageTag(language))).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "0.125  | en | 0.125",
        "1234.5 | de | 1.234,5",
        "10.0   | en | 10.0",
    })
    void keepsTheScaleItIsGiven(String value, String language, String expected) {
        assertThat(Decimals.format(new BigDecimal(value), Locale.forLanguageTag(language))).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"1200 | 1,200"})
    void ignoresTheDefaultLocale(String value, String expected) {
        // a Turkish or German default must not leak into documents written in English
        DefaultLocale.with(Locale.GERMANY, () ->
                assertThat(Decimals.quantity(new BigDecimal(value), Locale.ENGLISH)).isEqualTo(expected));
    }
}
