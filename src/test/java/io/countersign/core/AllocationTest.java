package io.countersign.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class AllocationTest {

    @Test
    void splitsHundredIntoThreeEqualPartsThatSumExactly() {
        // 10000 cents / 3 = 3333 r 1: the one cent left over goes to the first part on the tie.
        assertThat(amounts(Allocation.split(Money.of("100.00", "USD"), weights("1", "1", "1"))))
                .containsExactly("33.34", "33.33", "33.33");
    }

    @Test
    void leftoverGoesToLargestRemainderNotFirstIndex() {
        // 1000 cents in 1:2 is 333.33 and 666.67; the .67 remainder wins the leftover cent.
        assertThat(amounts(Allocation.split(Money.of("10.00", "USD"), weights("1", "2"))))
                .containsExactly("3.33", "6.67");
        // 9999 cents at 50/30/20 leave remainders .5, .7, .8: the two cents go to the 20% and 30% parts.
        assertThat(amounts(Allocation.split(Money.of("99.99", "EUR"), weights("0.5", "0.3", "0.2"))))
                .containsExactly("49.99", "30.00", "20.00");
    }

    @Test
    void tiesGoToEarlierParts() {
        assertThat(amounts(Allocation.split(Money.of("0.02", "USD"), weights("1", "1", "1"))))
                .containsExactly("0.01", "0.01", "0.00");
    }

    @Test
    void splitsInWholeYen() {
        assertThat(amounts(Allocation.split(Money.of("100", "JPY"), weights("1", "1", "1"))))
                .containsExactly("34", "33", "33");
    }

    @Test
    void zeroWeightGetsNothing() {
        assertThat(amounts(Allocation.split(Money.of("10.00", "USD"), weights("0", "3", "0", "1"))))
                .containsExactly("0.00", "7.50", "0.00", "2.50");
    }

    @Test
    void negativeTotalSplitsLikeItsAbsoluteValue() {
        assertThat(amounts(Allocation.split(Money.of("-100.00", "USD"), weights("1", "1", "1"))))
                .containsExactly("-33.34", "-33.33", "-33.33");
    }

    @Test
    void partsAlwaysSumToTheTotal() {
        // Seeded, so a failure reproduces; covers odd weights and amounts that do not divide evenly.
        Random random = new Random(20240117);
        for (int run = 0; run < 500; run++) {
            Money total = new Money(BigDecimal.valueOf(random.nextInt(10_000_000) - 1_000_000, 2), "USD");
            List<BigDecimal> w = new ArrayList<>();
            int parts = 1 + random.nextInt(7);
            for (int i = 0; i < parts; i++) {
                w.add(BigDecimal.valueOf(random.nextInt(1000), random.nextInt(3)));
            }
            w.set(0, w.get(0).add(BigDecimal.ONE));
            List<Money> split = Allocation.split(total, w);
            assertThat(split).hasSize(parts);
            assertThat(Money.sum(split, "USD")).as("split of %s by %s", total, w).isEqualTo(total);
        }
    }

    @Test
    void rejectsEmptyNegativeAndAllZeroWeights() {
        Money total = Money.of("1.00", "USD");
        assertThatThrownBy(() -> Allocation.split(total, List.of()))
                .isInstanceOf(InvalidMoneyException.class).hasMessageContaining("zero parts");
        assertThatThrownBy(() -> Allocation.split(total, weights("1", "-1")))
                .isInstanceOf(InvalidMoneyException.class).hasMessage("weight 2 is negative (-1)");
        assertThatThrownBy(() -> Allocation.split(total, weights("0", "0")))
                .isInstanceOf(InvalidMoneyException.class).hasMessage("all 2 weights are zero");
    }

    private static List<BigDecimal> weights(String... values) {
        return java.util.Arrays.stream(values).map(BigDecimal::new).toList();
    }

    private static List<String> amounts(List<Money> parts) {
        return parts.stream().map(m -> m.amount().toPlainString()).toList();
    }
}
