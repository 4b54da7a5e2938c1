package io.countersign.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CurrencyRulesTest {

    @ParameterizedTest
    @CsvSource({"USD, 2", "EUR, 2", "CNY, 2", "GBP, 2", "JPY, 0", "KRW, 0", "KWD, 3", "BHD, 3"})
    void knowsMinorUnitsPerCurrency(String code, int minorUnits) {
        assertThat(CurrencyRules.minorUnits(code)).isEqualTo(minorUnits);
    }

    @ParameterizedTest
    @ValueSource(strings = {"USX", "RMB", "US$", "DOLLAR", "", "U SD"})
    void rejectsCodesThatAreNotIso4217(String code) {
        assertThatThrownBy(() -> CurrencyRules.require(code))
                .isInstanceOf(InvalidMoneyException.class)
                .hasMessage("currency \"" + code + "\" is not an ISO 4217 code")
                .satisfies(e -> assertThat(((InvalidMoneyException) e).hint()).contains("USD, EUR, CNY"));
    }

    @Test
    void rejectsLowerCaseCodeWithTheCapitalisedOneAsHint() {
        assertThatThrownBy(() -> CurrencyRules.require("usd"))
                .isInstanceOf(InvalidMoneyException.class)
                .hasMessageContaining("\"usd\"")
                .satisfies(e -> assertThat(((InvalidMoneyException) e).hint()).endsWith(": USD"));
    }

    @Test
    void capitalisationHintIsRightUnderTurkishLocale() {
        // Default-locale upper-casing would turn "idr" into "İDR" (dotted capital I) in Turkish.
        DefaultLocale.with(DefaultLocale.TURKISH, () -> assertThatThrownBy(() -> CurrencyRules.require("idr"))
                .satisfies(e -> assertThat(((InvalidMoneyException) e).hint()).endsWith(": IDR")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"XAU", "XXX"})
    void rejectsCodesWithoutMinorUnit(String code) {
        assertThatThrownBy(() -> CurrencyRules.require(code))
                .isInstanceOf(InvalidMoneyException.class)
                .hasMessageContaining("has no minor unit");
    }

    @ParameterizedTest
    @CsvSource({
        "2.50,   USD, true",
        "2.505,  USD, false",
        "2.5000, USD, true",
        "100.0,  JPY, true",
        "100.5,  JPY, false",
        "1E+3,   JPY, true",
        "1.2340, KWD, true",
        "1.2345, KWD, false",
        "0,      EUR, true",
        "-0.001, EUR, false",
    })
    void trailingZerosDoNotCountAsDecimals(BigDecimal amount, String code, boolean fits) {
        assertThat(CurrencyRules.fitsMinorUnits(amount, code)).isEqualTo(fits);
    }
}
