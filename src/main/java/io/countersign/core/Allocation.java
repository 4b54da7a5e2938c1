package io.countersign.core;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Splits an amount in proportion to weights so that the parts add up to the total to the last
 * minor unit, e.g. a settled loss between two parties or a compensation spread over orders.
 */
public final class Allocation {
    private Allocation() {
    }

    /**
     * Largest-remainder split: each part gets the floor of its exact share in minor units, and the
     * minor units left over go one each to the parts with the largest remainders, earlier index first
     * on ties. 100.00 in three equal weights gives 33.34, 33.33, 33.33. A negative total splits like
     * its absolute value, negated.
     */
    public static List<Money> split(Money total, List<BigDecimal> weights) {
        BigDecimal weightSum = requireWeights(weights);
        int scale = total.amount().scale();
        BigDecimal units = new BigDecimal(total.amount().unscaledValue().abs());

        int n = weights.size();
        BigInteger[] parts = new BigInteger[n];
        // Shares are units * w / weightSum; comparing numerators modulo weightSum compares their fractions exactly.
        BigDecimal[] remainders = new BigDecimal[n];
        BigInteger allocated = BigInteger.ZERO;
        for (int i = 0; i < n; i++) {
            BigDecimal numerator = units.multiply(weights.get(i));
            BigDecimal whole = numerator.divideToIntegralValue(weightSum);
            parts[i] = whole.toBigInteger();
            remainders[i] = numerator.subtract(whole.multiply(weightSum));
            allocated = allocated.add(parts[i]);
        }
        int leftover = units.toBigInteger().subtract(allocated).intValueExact();
        List<Integer> byRemainder = IntStream.range(0, n).boxed()
                .sorted(Comparator.comparing((Integer i) -> remainders[i]).reversed()
                        .thenComparing(Comparator.naturalOrder()))
                .toList();
        for (int k = 0; k < leftover; k++) {
            int i = byRemainder.get(k);
            parts[i] = parts[i].add(BigInteger.ONE);
        }

        List<Money> result = new ArrayList<>(n);
        for (BigInteger part : parts) {
            BigInteger signed = total.amount().signum() < 0 ? part.negate() : part;
            result.add(new Money(new BigDecimal(signed, scale), total.currency()));
        }
        return List.copyOf(result);
    }

    private static BigDecimal requireWeights(List<BigDecimal> weights) {
        if (weights.isEmpty()) {
            throw new InvalidMoneyException("cannot split an amount into zero parts", "give at least one weight");
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < weights.size(); i++) {
            BigDecimal w = weights.get(i);
            if (w.signum() < 0) {
                throw new InvalidMoneyException("weight " + (i + 1) + " is negative (" + w.toPlainString() + ")",
                        "weights are shares of the total; use 0 for a party that gets nothing");
            }
            sum = sum.add(w);
        }
        if (sum.signum() == 0) {
            throw new InvalidMoneyException("all " + weights.size() + " weights are zero",
                    "give at least one party a positive share");
        }
        return sum;
    }
}
