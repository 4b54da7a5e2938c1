package io.countersign.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MoneyTest {

    @Test
    void holdsAmountAtTheCurrencyScale() {
        assertThat(Money.of("2.5", "USD").amount()).isEqualTo(new BigDecimal("2.50"));
        assertThat(Money.of("100.0", "JPY").amount()).isEqualTo(new BigDecimal("100"));
        assertThat(Money.of("1.25", "KWD").amount()).isEqualTo(new BigDecimal("1.250"));
        // BigDecimal.equals compares scale; normalising makes 2.5 and 2.50 USD the same value.
        assertThat(Money.of("2.5", "USD")).isEqualTo(Money.of("2.50", "USD"));
    }

    @Test
    void rejectsMoreDecimalsThanTheCurrencyHasInsteadOfRounding() {
        assertThatThrownBy(() -> Money.of("2.505", "USD"))
                .isInstanceOf(InvalidMoneyException.class)
                .hasMessage("2.505 USD has 3 decimals but USD has 2");
        assertThatThrownBy(() -> Money.of("100.5", "JPY"))
                .isInstanceOf(InvalidMoneyException.class)
                .hasMessage("100.5 JPY has 1 decimals but JPY has 0");
    }

    @Test
    void rejectsAmountWithGroupingOrDecimalComma() {
        assertThatThrownBy(() -> Money.of("12,345.60", "USD"))
                .isInstanceOf(InvalidMoneyException.class)
                .satisfies(e -> assertThat(((InvalidMoneyException) e).hint()).contains("12345.60"));
    }

    @ParameterizedTest
    @CsvSource({
        "0.005,   USD, 0.01",
        "0.0049,  USD, 0.00",
        "-0.005,  USD, -0.01",
        "2.345,   EUR, 2.35",
        "0.5,     JPY, 1",
        "1.4999,  JPY, 1",
        "0.0005,  KWD, 0.001",
    })
    void roundsHalfUpAtTheMinorUnit(BigDecimal exact, String currency, BigDecimal expected) {
        // HALF_UP, not the HALF_EVEN of accounting ledgers: 0.005 is a cent on a commercial invoice.
        assertThat(Money.rounded(exact, currency).amount()).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({
        "3,     0.335,  USD, 1.01",
        "1000,  0.1255, USD, 125.50",
        "7,     1.99,   USD, 13.93",
        "2400,  0.4166, EUR, 999.84",
        "12,    333.5,  JPY, 4002",
        "1.5,   10.005, KWD, 15.008",
    })
    void lineAmountIsQuantityTimesUnitPriceRoundedOnce(BigDecimal qty, BigDecimal price, String currency,
            BigDecimal expected) {
        // The unit price keeps its extra decimals: rounding 0.335 to 0.34 first would give 1.02, not 1.01.
        assertThat(Money.line(qty, price, currency).amount()).isEqualTo(expected);
    }

    @Test
    void timesRoundsHalfUp() {
        assertThat(Money.of("0.05", "USD").times(new BigDecimal("0.1")).amount()).isEqualTo(new BigDecimal("0.01"));
        assertThat(Money.of("19.99", "USD").times(new BigDecimal("3")).amount()).isEqualTo(new BigDecimal("59.97"));
    }

    @Test
    void totalIsTheSumOfTheRoundedLines() {
        // Each line rounds 1.005 up to 1.01; the total must be the sum the buyer can add up on the
        // page (2.02), not the rounded exact total (2.010 -> 2.01).
        Money a = Money.line(new BigDecimal("3"), new BigDecimal("0.335"), "USD");
        Money b = Money.line(new BigDecimal("3"), new BigDecimal("0.335"), "USD");
        assertThat(Money.sum(List.of(a, b), "USD").amount()).isEqualTo(new BigDecimal("2.02"));
    }

    @Test
    void sumOfNothingIsZeroInTheCurrency() {
        assertThat(Money.sum(List.of(), "JPY")).isEqualTo(Money.zero("JPY"));
        assertThat(Money.zero("JPY").isZero()).isTrue();
    }

    @Test
    void plusAndMinusAreExact() {
        assertThat(Money.of("0.10", "USD").plus(Money.of("0.20", "USD")).amount()).isEqualTo(new BigDecimal("0.30"));
        assertThat(Money.of("100.00", "USD").minus(Money.of("100.01", "USD")).amount())
                .isEqualTo(new BigDecimal("-0.01"));
    }

    @Test
    void refusesToMixCurrencies() {
        assertThatThrownBy(() -> Money.of("1", "USD").plus(Money.of("1", "EUR")))
                .isInstanceOf(InvalidMoneyException.class)
                .hasMessage("cannot combine 1.00 USD with 1.00 EUR");
        assertThatThrownBy(() -> Money.sum(List.of(Money.of("1", "CNY")), "USD"))
                .isInstanceOf(InvalidMoneyException.class);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "12345.6    | USD | en    | 12,345.60",
        "12345.6    | USD | de    | 12.345,60",
        "1234567    | JPY | ja    | 1,234,567",
        "1234.5     | KWD | en    | 1,234.500",
        "-1234.5    | EUR | de    | -1.234,50",
        "0          | CNY | zh-CN | 0.00",
        "1000000.01 | USD | en-US | 1,000,000.01",
    })
    void formatsWithTheGivenLocalesSymbols(String amount, String currency, String locale, String expected) {
        assertThat(Money.of(amount, currency).format(Locale.forLanguageTag(locale))).isEqualTo(expected);
    }

    @Test
    void formattingIgnoresTheDefaultLocale() {
        // A server started with LANG=de_DE must still print English-locale documents with a decimal point.
        DefaultLocale.with(Locale.GERMANY, () -> {
            Money m = Money.of("12345.60", "USD");
            assertThat(m.format(Locale.ENGLISH)).isEqualTo("12,345.60");
            assertThat(m.format(Locale.GERMAN)).isEqualTo("12.345,60");
            assertThat(m.toString()).isEqualTo("12345.60 USD");
        });
    }
}
