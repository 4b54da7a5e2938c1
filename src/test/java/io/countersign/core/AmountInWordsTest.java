package io.countersign.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AmountInWordsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "12345.60        | USD | SAY US DOLLARS TWELVE THOUSAND THREE HUNDRED FORTY-FIVE AND CENTS SIXTY ONLY",
        "0               | USD | SAY US DOLLARS ZERO ONLY",
        "0.05            | USD | SAY US DOLLARS ZERO AND CENTS FIVE ONLY",
        "1               | USD | SAY US DOLLARS ONE ONLY",
        "100             | EUR | SAY EUROS ONE HUNDRED ONLY",
        "1000000.01      | EUR | SAY EUROS ONE MILLION AND CENTS ONE ONLY",
        "58800           | CNY | SAY CHINESE YUAN FIFTY-EIGHT THOUSAND EIGHT HUNDRED ONLY",
        "3017.19         | CNY | SAY CHINESE YUAN THREE THOUSAND SEVENTEEN AND FEN NINETEEN ONLY",
        "1234567         | JPY | SAY JAPANESE YEN ONE MILLION TWO HUNDRED THIRTY-FOUR THOUSAND FIVE HUNDRED SIXTY-SEVEN ONLY",
        "1.25            | KWD | SAY KUWAITI DINARS ONE AND FILS TWO HUNDRED FIFTY ONLY",
        "10.50           | GBP | SAY BRITISH POUNDS TEN AND PENCE FIFTY ONLY",
        "2000000019.99   | USD | SAY US DOLLARS TWO BILLION NINETEEN AND CENTS NINETY-NINE ONLY",
        "1001010         | USD | SAY US DOLLARS ONE MILLION ONE THOUSAND TEN ONLY",
        "999999999999.99 | USD | SAY US DOLLARS NINE HUNDRED NINETY-NINE BILLION NINE HUNDRED NINETY-NINE MILLION NINE HUNDRED NINETY-NINE THOUSAND NINE HUNDRED NINETY-NINE AND CENTS NINETY-NINE ONLY",
    })
    void writesAmountsAsPisPrintThem(String amount, String currency, String words) {
        assertThat(AmountInWords.english(Money.of(amount, currency))).isEqualTo(words);
    }

    @Test
    void currencyNameIsUpperCasedIndependentlyOfDefaultLocale() {
        // Under a Turkish default locale toUpperCase() would write "CHİNESE" with a dotted capital I.
        DefaultLocale.with(DefaultLocale.TURKISH, () -> assertThat(AmountInWords.english(Money.of("1", "CNY")))
                .isEqualTo("SAY CHINESE YUAN ONE ONLY"));
    }

    @Test
    void rejectsNegativeAmounts() {
        assertThatThrownBy(() -> AmountInWords.english(Money.of("-1.00", "USD")))
                .isInstanceOf(InvalidMoneyException.class)
                .hasMessageContaining("negative");
    }

    @Test
    void rejectsATrillionOrMore() {
        assertThatThrownBy(() -> AmountInWords.english(Money.of("1000000000000", "USD")))
                .isInstanceOf(InvalidMoneyException.class)
                .hasMessageContaining("trillion");
    }
}
